/**
 * Digits run together with no separator (`801000081` for 80,1,0,0,0,0,81): every way to cut the
 * tokens into exactly `width` numbers (no leading zeros), keeping only the cuts whose last number
 * is the sum of the others when the row has a printed 总计 (`hasTotal`).
 */
export function splitRunTogether(
  tokens: readonly string[],
  width: number,
  hasTotal: boolean,
  limit = 64,
  /** Prunes a cut early: false when the numbers so far can already not be right. */
  prefixOk?: (parts: readonly number[]) => boolean,
): number[][] {
  const out: number[][] = [];
  const digits = tokens.map((t) => t.replace(/\D/g, ''));
  if (digits.some((d) => d === '') || digits.join('').length < width || digits.join('').length > width * 16)
    return out;
  const parts: string[] = [];
  const values: number[] = [];
  const restLength = digits.map((_, i) => digits.slice(i).join('').length);
  let budget = 200_000;

  const splitToken = (ti: number): void => {
    if (out.length >= limit) return;
    if (ti === digits.length) {
      if (parts.length !== width) return;
      const values = parts.map(Number);
      if (hasTotal) {
        const total = values[width - 1] ?? -1;
        const sum = values.slice(0, width - 1).reduce((a, b) => a + b, 0);
        if (sum !== total) return;
      }
      out.push(values);
      return;
    }
    cut(ti, digits[ti] ?? '', 0);
  };

  const cut = (ti: number, token: string, from: number): void => {
    if (--budget < 0) return;
    const piecesLeft = width - parts.length;
    const digitsLeft = token.length - from + (restLength[ti + 1] ?? 0);
    if (digitsLeft > piecesLeft * 15 || digitsLeft < piecesLeft) return;
    if (from === token.length) {
      splitToken(ti + 1);
      return;
    }
    const tokensLeft = digits.length - ti - 1;
    const maxLen = token[from] === '0' ? 1 : Math.min(15, token.length - from);
    for (let len = 1; len <= maxLen; len++) {
      if (parts.length + 1 + tokensLeft > width) return;
      const piece = token.slice(from, from + len);
      parts.push(piece);
      values.push(Number(piece));
      if (!prefixOk || prefixOk(values)) cut(ti, token, from + len);
      parts.pop();
      values.pop();
    }
  };

  splitToken(0);
  return out;
}

/**
 * Fewer numbers than cells, all 0 (a report that prints only 总计, its blanks lost): a blank is 0,
 * so every cell is 0 whichever cells the zeros were printed in.
 */
export function onlyZeros(tokens: readonly string[]): boolean {
  return tokens.length > 0 && tokens.every((t) => /^0+$/.test(t));
}
