import type { NumberKind } from './numeric-fields';
import { MAX_DECIMALS } from './numeric-fields';

export type NumberInputResult =
  { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly message: string };

const FULL_WIDTH = /[０-９．，]/g;

/** Full-width digits and separators → ASCII; spaces and thousands separators dropped. */
export function normalizeDigits(text: string): string {
  return text
    .replace(FULL_WIDTH, (ch) => (ch === '．' ? '.' : ch === '，' ? ',' : String(ch.charCodeAt(0) - 0xff10)))
    .replace(/[\s\u3000]/g, '')
    .replace(/(\d),(?=\d{3}(\D|$))/g, '$1');
}

/**
 * What a clerk typed into a number cell → the value to store, or the Chinese reason
 * it is refused. Blank is `null` (not yet entered), never 0.
 */
export function parseNumberInput(text: string, kind: NumberKind): NumberInputResult {
  const t = normalizeDigits(text);
  if (t === '') return { ok: true, value: null };
  if (t.startsWith('-') || t.startsWith('－')) return { ok: false, message: '不能填负数' };
  if (kind === 'count') {
    if (/^\d+$/.test(t)) return check(Number(t));
    if (/^\d*\.\d*$/.test(t)) return { ok: false, message: '件数必须是整数，不能有小数' };
    return { ok: false, message: '只能填写数字' };
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(t)) return { ok: false, message: '只能填写数字' };
  const decimals = t.includes('.') ? (t.split('.')[1] ?? '').length : 0;
  if (decimals > MAX_DECIMALS[kind]) {
    return { ok: false, message: `最多保留 ${MAX_DECIMALS[kind]} 位小数` };
  }
  return check(Number(t));
}

function check(value: number): NumberInputResult {
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return { ok: false, message: '数字太大' };
  return { ok: true, value };
}

/**
 * How a stored value is shown in its input: '' for blank, a number as digits, and text that
 * was typed but is not a valid number yet (kept so, with its error) as it is.
 */
export function formatNumberInput(value: number | string | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
