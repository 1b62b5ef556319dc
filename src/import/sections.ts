import type { PartId } from '../report/layout/parts';
import { PARTS } from '../report/layout/parts';
import type { PartDef } from '../report/layout/parts';
import type { SourceLine } from './lines';
import { APPEAL_OUTCOMES } from '../report/layout/appeals-columns';
import { APPLICANT_GROUP_LABELS, MATRIX_CORNER_LABEL } from '../report/layout/applicant-columns';
import { PROACTIVE_BLOCKS } from '../report/layout/proactive-blocks';
import { MATRIX_FLAT_ROWS } from '../report/matrix-shape';
import { headingKey, labelKey } from './normalize';

/** The report cut at its six part headings; `head` is everything before 一 (title, preamble). */
export interface Sections {
  readonly head: readonly SourceLine[];
  readonly parts: ReadonlyMap<PartId, readonly SourceLine[]>;
  /** The line number where each found part heading stands (not for a table found without one). */
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
  pattern: RegExp | undefined;
}[] = PARTS.map((p) => {
  const def: PartDef = p;
  const keys = [def.heading, ...(def.aliases ?? [])].map(headingKey);
  return {
    id: def.id,
    numeral: def.numeral,
    keys,
    words: keys.map(withoutNumeral),
    pattern: def.wordsPattern,
  };
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

/** partHeadingOf's answers by line text: a report's short lines (labels, 0) come back again and again. */
const HEADING_OF = new Map<string, PartId | false>();
const MAX_HEADING_OF = 5_000;

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
  const known = HEADING_OF.get(line.text);
  if (known !== undefined) return known === false ? undefined : known;
  const id = headingOfText(line.text);
  if (HEADING_OF.size >= MAX_HEADING_OF) HEADING_OF.clear();
  HEADING_OF.set(line.text, id ?? false);
  return id;
}

function headingOfText(text: string): PartId | undefined {
  const key = canonical(headingKey(text));
  const exact = HEADINGS.find((h) => h.keys.includes(key) || h.words.includes(key));
  if (exact) return exact.id;
  // Renumbered around another outline: the heading's words under another numeral.
  const words = key.replace(ANY_NUMERAL, '');
  const renumbered =
    words !== key ? HEADINGS.find((h) => h.words.includes(words) || h.pattern?.test(words)) : undefined;
  if (renumbered) return renumbered.id;
  const numeral = key[0] ?? '';
  if (key[1] !== '、' || key.length < MIN_FUZZY_LENGTH) return undefined;
  return HEADINGS.find((h) => h.numeral === numeral && h.keys.some((k) => oneEditApart(k, key)))?.id;
}

/** Lines that open each table, as its first header or row prints them (keys compared). */
const TABLE_ANCHORS: readonly { id: PartId; keys: readonly string[] }[] = [
  { id: 'proactive', keys: [labelKey(PROACTIVE_BLOCKS[0]?.heading ?? '')] },
  {
    id: 'applications',
    keys: [
      labelKey(MATRIX_CORNER_LABEL),
      labelKey(APPLICANT_GROUP_LABELS.all),
      labelKey(MATRIX_FLAT_ROWS[0]?.label ?? ''),
    ],
  },
  { id: 'appeals', keys: [labelKey(APPEAL_OUTCOMES[0]?.label ?? '')] },
];

/** A line of a table's header: cut into cells, or short and without a sentence's full stop. */
const tableLike = (line: SourceLine) =>
  line.cells.filter((c) => c !== '').length > 1 ||
  (line.text.trim().length <= 40 && !/[。；]/.test(line.text));
/** How many short header lines above an anchor (`行政复议 行政诉讼` over `结果维持 …`) still belong to the table. */
const MAX_HEADER_LINES = 3;

/**
 * A table printed without its part's heading (the heading left out, or an image): its part
 * starts where the table's first header or row stands, within the part before it.
 */
function tableStart(lines: readonly SourceLine[], id: PartId, from: number, to: number): number | undefined {
  const keys = TABLE_ANCHORS.find((a) => a.id === id)?.keys.filter((k) => k !== '') ?? [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || !tableLike(line)) continue;
    const key = labelKey(line.text);
    if (!keys.some((k) => key.includes(k))) continue;
    let start = i;
    while (start > from && i - start < MAX_HEADER_LINES) {
      const above = lines[start - 1];
      if (!above || above.text.trim() === '' || !tableLike(above)) break;
      start--;
    }
    return start;
  }
  return undefined;
}

/** Finds the part headings in order (each after the previous) and cuts the lines between them. */
export function splitSections(lines: readonly SourceLine[]): Sections {
  const starts: { id: PartId; index: number; heading: boolean }[] = [];
  let next = 0;
  lines.forEach((line, index) => {
    const id = partHeadingOf(line);
    if (!id) return;
    const order = HEADINGS.findIndex((h) => h.id === id);
    if (order < next) return;
    starts.push({ id, index, heading: true });
    next = order + 1;
  });
  // A table whose heading is missing, between two parts that were found.
  for (const anchor of TABLE_ANCHORS) {
    if (starts.some((s) => s.id === anchor.id)) continue;
    const order = HEADINGS.findIndex((h) => h.id === anchor.id);
    const before = [...starts].reverse().find((s) => HEADINGS.findIndex((h) => h.id === s.id) < order);
    const after = starts.find((s) => HEADINGS.findIndex((h) => h.id === s.id) > order);
    if (!before || !after) continue;
    const index = tableStart(lines, anchor.id, before.index + 1, after.index);
    if (index === undefined) continue;
    starts.push({ id: anchor.id, index, heading: false });
    starts.sort((a, b) => a.index - b.index);
  }
  const parts = new Map<PartId, readonly SourceLine[]>();
  const headingLines = new Map<PartId, number>();
  starts.forEach((s, i) => {
    const end = starts[i + 1]?.index ?? lines.length;
    parts.set(s.id, lines.slice(s.heading ? s.index + 1 : s.index, end));
    if (s.heading) headingLines.set(s.id, lines[s.index]?.no ?? 0);
  });
  return { head: lines.slice(0, starts[0]?.index ?? lines.length), parts, headingLines };
}
