/**
 * Text normalisation for matching printed labels against the layout definition.
 * Prose keeps its own characters; only labels and numbers are compared in normalised form.
 */

import { TRADITIONAL_FORMS } from './traditional-forms';

const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * The layout's characters for their traditional forms (`總計` → `总计`, a mirror site's copy), for
 * comparing labels and headings; the text itself keeps its characters.
 */
export function layoutCharacters(s: string): string {
  return s.replace(TRADITIONAL_CHARACTER, (c) => TRADITIONAL_FORMS[c] ?? c);
}

/** Any character TRADITIONAL_FORMS maps (one pass over the text, not a lookup per character). */
const TRADITIONAL_CHARACTER = new RegExp(`[${Object.keys(TRADITIONAL_FORMS).join('')}]`, 'gu');

/** Full-width digits and ASCII-range characters → their ASCII forms (prose is left to the caller). */
export function toHalfWidthDigits(s: string): string {
  return s.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A character one of cleanLine's replacements acts on (most lines have none: they are returned as they are). */
const NEEDS_CLEANING = /[０-９\u00a0\u2002\u2003\u2009\u3000\ufeff\r#>*_]/;

/** One source line as the importer reads it: markdown markers gone, odd spaces made plain. */
export function cleanLine(raw: string): string {
  if (!NEEDS_CLEANING.test(raw)) return raw;
  let s = toHalfWidthDigits(raw)
    .replace(/[\u00a0\u2002\u2003\u2009\u3000\ufeff]/g, ' ')
    .replace(/\r/g, '');
  s = s.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/^\s*>\s?/, '');
  s = s.replace(/\*\*|__/g, '');
  return s;
}

/** A markdown table row `| a | b |` (or `a | b |`, no leading pipe) → tab-separated cells; other lines unchanged. */
export function pipesToTabs(line: string): string {
  const t = line.trim();
  const leading = t.startsWith('|');
  if (t.length < 2 || (!leading && !t.endsWith('|'))) return line;
  const inner = t.slice(leading ? 1 : 0, t.endsWith('|') ? -1 : undefined);
  return inner
    .split('|')
    .map((c) => c.trim())
    .join('\t');
}

/** A markdown table rule (`|---|:--:|`, `--\t---`): every non-empty cell is dashes. */
export function isRuleLine(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length > 0 && filled.every((c) => /^:?[-—–]{2,}:?$/.test(c.trim()));
}

/** A page number pulled out of a PDF: `-1-`, `— 2 —`, `- 3 -`, `第 4 页`. */
export function isPageNumber(line: string): boolean {
  return /^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)\s*$/.test(line);
}

const NUMBERING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|（[一二三四五六七八九十\d]{1,3}）|\d{1,2}(?:[.、．](?!\d)|\s))/;
const PUNCTUATION = /[\s，,、。．.：:；;“”"'‘’（）()《》〈〉<>【】[\]{}\-—–_*#|！!？?…·/／\\]/g;

/** Unifies half-width parentheses with the layout's full-width （）. */
export function unifyParentheses(s: string): string {
  return s.replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Removes a leading `一、` `（一）` `(1)` `1.` `1、` numbering (after spaces and parentheses are unified). */
export function stripNumbering(s: string): string {
  return s.replace(NUMBERING, '');
}

/**
 * The comparison key of a label: no spaces (`结 果 维 持`), no numbering (`1、` = `1.`),
 * no punctuation or parentheses, ASCII digits. Two labels mean the same when their keys are equal.
 */
export function labelKey(s: string): string {
  const known = LABEL_KEYS.get(s);
  if (known !== undefined) return known;
  const compact = layoutCharacters(unifyParentheses(cleanLine(s))).replace(/\s+/g, '');
  const key = stripNumbering(compact).replace(PUNCTUATION, '');
  if (LABEL_KEYS.size >= MAX_LABEL_KEYS) LABEL_KEYS.clear();
  LABEL_KEYS.set(s, key);
  return key;
}

/** labelKey's answers: a table's labels, and its lines, come back again and again. */
const LABEL_KEYS = new Map<string, string>();
const MAX_LABEL_KEYS = 5_000;

/** Like labelKey but keeps the numbering (for part headings: `一、总体情况` ≠ `总体情况`). */
export function headingKey(s: string): string {
  const compact = layoutCharacters(unifyParentheses(cleanLine(s))).replace(/\s+/g, '');
  return compact.replace(/[．.]/g, '、').replace(PUNCTUATION, (c) => (c === '、' ? '、' : ''));
}

/** The label without a trailing parenthetical remark: `（二）部分公开（区分处理的…）` → `（二）部分公开`. */
export function withoutRemark(label: string): string {
  const u = unifyParentheses(label).trim();
  const stripped = u.replace(/（[^（）]*）$/, '');
  return stripped.length > 0 && stripped !== u && stripNumbering(stripped).length > 0 ? stripped : u;
}

/** True when the cell is empty or a placeholder for "nothing" (`-`, `—`, `/`). */
export function isBlankCell(cell: string): boolean {
  return /^[\s\-—–－/／]*$/.test(cell);
}

/** The digits of a count cell (`3,119` → `3119`), or null when the cell is not a plain count. */
export function countDigits(cell: string): string | null {
  const t = toHalfWidthDigits(cell).trim();
  if (/^\d+$/.test(t)) return t;
  if (/^\d{1,3}(?:[,，]\d{3})+$/.test(t)) return t.replace(/[,，]/g, '');
  return null;
}

/** A count (integer ≥ 0 that JavaScript holds exactly), or null. */
export function parseCount(cell: string): number | null {
  const d = countDigits(cell);
  if (d === null) return null;
  const n = Number(d);
  return Number.isSafeInteger(n) ? n : null;
}

/** A decimal amount ≥ 0 (`96171.6`, `1,234.5`), or null. */
export function parseAmount(cell: string): number | null {
  const t = toHalfWidthDigits(cell)
    .trim()
    .replace(/(\d)[,，](?=\d{3}\b)/g, '$1');
  if (!/^\d+(?:\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) && n <= Number.MAX_SAFE_INTEGER ? n : null;
}

/** True when the cell looks like a number of any kind (so it is not a label). */
export function looksNumeric(cell: string): boolean {
  return /^[\d０-９][\d０-９,，.]*$/.test(cell.trim());
}

/**
 * CJK Radicals Supplement characters that PDF fonts map some glyphs to (Chromium prints 民 as ⺠,
 * 长 as ⻓): their ideographs. NFKC maps the Kangxi radicals (⼀ → 一) but not these.
 */
const RADICAL_FORMS: Readonly<Record<string, string>> = {
  '⺁': '厂',
  '⺇': '几',
  '⺌': '小',
  '⺍': '小',
  '⺓': '幺',
  '⺔': '彑',
  '⺕': '彐',
  '⺗': '心',
  '⺘': '扌',
  '⺙': '攵',
  '⺛': '无',
  '⺝': '月',
  '⺞': '歺',
  '⺟': '母',
  '⺠': '民',
  '⺡': '氵',
  '⺢': '水',
  '⺣': '灬',
  '⺤': '爫',
  '⺥': '爫',
  '⺦': '丬',
  '⺧': '牛',
  '⺨': '犭',
  '⺩': '王',
  '⺪': '疋',
  '⺫': '罒',
  '⺬': '示',
  '⺭': '礻',
  '⺮': '竹',
  '⺯': '糸',
  '⺰': '纟',
  '⺱': '网',
  '⺲': '罒',
  '⺶': '羊',
  '⺷': '羊',
  '⺹': '耂',
  '⺺': '肀',
  '⺻': '聿',
  '⺼': '月',
  '⺾': '艹',
  '⺿': '艹',
  '⻀': '艹',
  '⻁': '虎',
  '⻂': '衤',
  '⻃': '覀',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻇': '言',
  '⻈': '讠',
  '⻉': '贝',
  '⻊': '足',
  '⻋': '车',
  '⻌': '辶',
  '⻍': '辶',
  '⻎': '辶',
  '⻏': '阝',
  '⻑': '長',
  '⻒': '镸',
  '⻓': '长',
  '⻔': '门',
  '⻖': '阝',
  '⻗': '雨',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻟': '饣',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻬': '齐',
  '⻭': '齿',
  '⻮': '齿',
  '⻯': '龙',
  '⻰': '龙',
  '⻱': '龟',
  '⻳': '龟',
};

/** Text from a PDF → plain characters: NFKC (full-width forms, ⼀ → 一), then the radical forms above. */
export function unifyCjkForms(s: string): string {
  return s.normalize('NFKC').replace(/[\u2e80-\u2eff]/g, (c) => RADICAL_FORMS[c] ?? c);
}
