/** Decimals shown at most (行政事业性收费 in 万元 is typed with up to 4). */
const MAX_SHOWN_DECIMALS = 4;

/**
 * A table value as printed: blank is `0`, integers as they are, decimals as typed
 * (no trailing zeros, no thousands separators, never an exponent).
 */
export function cellText(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '0';
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(MAX_SHOWN_DECIMALS).replace(/0+$/, '').replace(/\.$/, '');
}
