import type { PartId } from '../report/layout/parts';
import { PARTS } from '../report/layout/parts';
import type { SourceLine } from './lines';
import { headingKey } from './normalize';

/** The report cut at its six part headings; `head` is everything before 一 (title, preamble). */
export interface Sections {
  readonly head: readonly SourceLine[];
  readonly parts: ReadonlyMap<PartId, readonly SourceLine[]>;
  /** The line number where each found part heading stands. */
  readonly headingLines: ReadonlyMap<PartId, number>;
}

const NUMERALS = '一二三四五六';
/** Any part numeral a renumbered outline may give (一、总体情况 二、工作机制保障 三、主动公开…). */
const ANY_NUMERAL = /^[一二三四五六七八九十]{1,2}、/;

const HEADINGS: readonly {
  id: PartId;
  numeral: string;
  keys: readonly string[];
  words: readonly string[];
}[] = PARTS.map((p) => {
  const keys = [p.heading, ...('aliases' in p ? p.aliases : [])].map(headingKey);
  return { id: p.id, numeral: p.numeral, keys, words: keys.map(withoutNumeral) };
});

function withoutNumeral(key: string): string {
  return key.replace(new RegExp(`^[${NUMERALS}]、`), '');
}

/** `第三部分收到…` → `三、收到…`; a trailing `（单位：件）` dropped (headingKey has removed its brackets). */
function canonical(key: string): string {
  return key.replace(PART_ORDINAL, '$1、').replace(/单位[件个项万元]{1,3}$/, '');
}
const PART_ORDINAL = /^第([一二三四五六七八九十]{1,2})部分[、]?/;

/** True when `a` becomes `b` by one added, dropped or changed character (`行政法复议` for `行政复议`). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

const MIN_FUZZY_LENGTH = 8;

/**
 * The part whose heading this line is (a line of its own; markdown `#`/`**` allowed): the heading
 * or an alias as printed, as `第三部分 …`, with `（单位：件）` after it, without its numeral or under
 * another (an outline renumbered around a part of its own: `三、主动公开政府信息情况`), or —
 * when its numeral is printed — with one character wrong (`行政法复议`).
 */
export function partHeadingOf(line: SourceLine): PartId | undefined {
  // Shorter than the shortest heading (总体情况) or far longer than any: not a heading.
  if (line.text.length < 4 || line.text.length > 100) return undefined;
  if (line.cells.filter((c) => c !== '').length !== 1) return undefined;
  const key = canonical(headingKey(line.text));
  const exact = HEADINGS.find((h) => h.keys.includes(key) || h.words.includes(key));
  if (exact) return exact.id;
  // Renumbered around another outline: the heading's words under another numeral.
  const words = key.replace(ANY_NUMERAL, '');
  const renumbered = words !== key ? HEADINGS.find((h) => h.words.includes(words)) : undefined;
  if (renumbered) return renumbered.id;
  const numeral = key[0] ?? '';
  if (key[1] !== '、' || key.length < MIN_FUZZY_LENGTH) return undefined;
  return HEADINGS.find((h) => h.numeral === numeral && h.keys.some((k) => oneEditApart(k, key)))?.id;
}

/** Finds the part headings in order (each after the previous) and cuts the lines between them. */
export function splitSections(lines: readonly SourceLine[]): Sections {
  const starts: { id: PartId; index: number }[] = [];
  let next = 0;
  lines.forEach((line, index) => {
    const id = partHeadingOf(line);
    if (!id) return;
    const order = HEADINGS.findIndex((h) => h.id === id);
    if (order < next) return;
    starts.push({ id, index });
    next = order + 1;
  });
  const parts = new Map<PartId, readonly SourceLine[]>();
  const headingLines = new Map<PartId, number>();
  starts.forEach((s, i) => {
    const end = starts[i + 1]?.index ?? lines.length;
    parts.set(s.id, lines.slice(s.index + 1, end));
    headingLines.set(s.id, lines[s.index]?.no ?? 0);
  });
  return { head: lines.slice(0, starts[0]?.index ?? lines.length), parts, headingLines };
}
