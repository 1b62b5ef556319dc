/**
 * Numbers as report prose writes them: `15`, `１５`, `3,119`, `42.86%`, and Chinese numerals
 * before a unit (`十五件`, `两件`, `一百零三件`). One left-to-right pass, no regular expression
 * over the whole text (linear in its length).
 */

export interface ProseNumber {
  /** Where the number starts and where its unit (if any) ends. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Digits after the decimal point (shares: `42.86%` → 2). */
  readonly decimals: number;
  /** `count`: a number of 件/起/宗; `share`: a percentage; `other`: any other digits (a year, a date, 条…). */
  readonly kind: 'count' | 'share' | 'other';
}

const COUNT_UNITS = new Set(['件', '起', '宗']);
const SHARE_UNITS = new Set(['%', '％']);
/** A count unit followed by one of these is not a count of cases (`一件事`, `15件次`). */
const NOT_A_COUNT_AFTER = new Set(['事', '次']);
const SPACE = new Set([' ', '\t', '\u3000', '\u00a0']);

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

export function isChineseNumeral(ch: string): boolean {
  return ch in CN_DIGITS || ch in CN_POWERS;
}

/** The value of a Chinese numeral below 10,000 (`十五` 15, `一百零三` 103, `两千` 2000); null when malformed. */
export function chineseNumeralValue(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastPower = Infinity;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && d !== 0 && digit !== 0) return null; // 二三 is not a number
      digit = d;
      continue;
    }
    const p = CN_POWERS[ch];
    if (p === undefined || p >= lastPower) return null;
    total += (digit ?? (p === 10 && total === 0 ? 1 : NaN)) * p; // 十五: the 一 before 十 may be left out
    if (Number.isNaN(total)) return null;
    lastPower = p;
    digit = null;
  }
  return total + (digit ?? 0);
}

const isAsciiDigit = (ch: string) => ch >= '0' && ch <= '9';
const isWideDigit = (ch: string) => ch >= '０' && ch <= '９';
const isDigit = (ch: string) => isAsciiDigit(ch) || isWideDigit(ch);
const digitValue = (ch: string) => (isWideDigit(ch) ? ch.charCodeAt(0) - 0xff10 : ch.charCodeAt(0) - 48);

/** After `i`, skip spaces; the index of the next other character. */
function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && SPACE.has(text[j] ?? '')) j++;
  return j;
}

/** The unit after a number ending at `i`, and where it ends. */
function unitAfter(text: string, i: number): { kind: ProseNumber['kind']; end: number } {
  const j = skipSpaces(text, i);
  const ch = text[j] ?? '';
  if (SHARE_UNITS.has(ch)) return { kind: 'share', end: j + 1 };
  if (COUNT_UNITS.has(ch) && !NOT_A_COUNT_AFTER.has(text[j + 1] ?? '')) return { kind: 'count', end: j + 1 };
  return { kind: 'other', end: i };
}

/** Every number in `text`, in order. Chinese numerals count only before a unit (else they are words: 一是, 统一). */
export function proseNumbers(text: string): ProseNumber[] {
  const out: ProseNumber[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (isDigit(ch)) {
      const start = i;
      let value = 0;
      let decimals = 0;
      let fraction = false;
      while (i < text.length) {
        const c = text[i] ?? '';
        if (isDigit(c)) {
          if (fraction) {
            decimals++;
            value += digitValue(c) / 10 ** decimals;
          } else value = value * 10 + digitValue(c);
          i++;
        } else if (!fraction && (c === '.' || c === '．') && isDigit(text[i + 1] ?? '')) {
          fraction = true;
          i++;
        } else if (
          !fraction &&
          c === ',' &&
          isDigit(text[i + 1] ?? '') &&
          isDigit(text[i + 2] ?? '') &&
          isDigit(text[i + 3] ?? '') &&
          !isDigit(text[i + 4] ?? '')
        ) {
          i++; // 3,119: a thousands separator
        } else break;
      }
      const unit = unitAfter(text, i);
      const kind = unit.kind === 'count' && fraction ? 'other' : unit.kind;
      out.push({ start, end: kind === 'other' ? i : unit.end, value, decimals, kind });
      i = Math.max(kind === 'other' ? i : unit.end, i);
      continue;
    }
    if (isChineseNumeral(ch)) {
      const start = i;
      while (i < text.length && isChineseNumeral(text[i] ?? '')) i++;
      const unit = unitAfter(text, i);
      const value = unit.kind === 'other' ? null : chineseNumeralValue(text.slice(start, i));
      if (value !== null) out.push({ start, end: unit.end, value, decimals: 0, kind: unit.kind });
      i = Math.max(unit.end, i);
      continue;
    }
    i++;
  }
  return out;
}
