import { toHalfWidthDigits } from './normalize';
import type { Needle } from './segment-catalogue';
import { catalogue, compactChar } from './segment-catalogue';

/**
 * Segmenting strategy for text whose lines ran together (a CMS's text extraction puts a whole
 * report on one line: `…电子邮箱：x@163.com。一、总体情况2020年，我区…`). Breaks are re-inserted
 * before and after each part heading, and — inside table text — before every row label and around
 * every header label of the layout, so the rest of the importer sees one row per line
 * (table 三's first row label followed by its seven figures). Digits are never cut here: that is the tables'
 * arithmetic's job.
 */

interface View {
  /** The line without whitespace, punctuation made full-width. */
  readonly text: string;
  /** For each character of `text`, its index in the original line. */
  readonly at: readonly number[];
}

function viewOf(line: string): View {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = compactChar(line[i] ?? '');
    if (c === '') continue;
    text += c;
    at.push(i);
  }
  return { text, at };
}

interface Hit {
  readonly from: number;
  readonly to: number;
  readonly needle: Needle;
}

const UNIT_REMARK = /^（单位[：:][^）]{1,6}）/;

/** The part headings in order, each after the previous one. */
function findHeadings(view: View): Hit[] {
  const headings = catalogue().needles.filter((n) => n.kind === 'heading');
  const hits: Hit[] = [];
  let pos = 0;
  for (let part = 0; part < 6; part++) {
    let best: Hit | undefined;
    for (const n of headings) {
      if (n.part !== part) continue;
      const from = view.text.indexOf(n.text, pos);
      if (from < 0) continue;
      if (!best || from < best.from || (from === best.from && n.text.length > best.to - best.from)) {
        best = { from, to: from + n.text.length, needle: n };
      }
    }
    if (!best) continue;
    const remark = UNIT_REMARK.exec(view.text.slice(best.to));
    hits.push(remark ? { ...best, to: best.to + remark[0].length } : best);
    pos = best.to;
  }
  return hits;
}

/** Row and header labels from `from` to `to`, longest first at each place, none inside （…）. */
function findLabels(view: View, from: number, to: number): Hit[] {
  const { byFirst } = catalogue();
  const hits: Hit[] = [];
  let depth = 0;
  let i = from;
  while (i < to) {
    const c = view.text[i] ?? '';
    const candidates = depth === 0 ? byFirst.get(c) : undefined;
    const needle = candidates?.find(
      (n) => n.kind !== 'heading' && i + n.text.length <= to && view.text.startsWith(n.text, i),
    );
    if (needle) {
      hits.push({ from: i, to: i + needle.text.length, needle });
      i += needle.text.length;
      continue;
    }
    if (c === '（') depth++;
    else if (c === '）' && depth > 0) depth--;
    i++;
  }
  return hits;
}

/** Digits and the punctuation of table text. */
const TABLE_CHARACTERS = new Set([...'0123456789，、。．.（）：—-/']);

/** How much of a stretch is labels, digits and punctuation — a table, not prose. */
function tableShare(view: View, from: number, to: number, labels: readonly Hit[]): number {
  if (to <= from) return 0;
  let covered = 0;
  for (const h of labels) covered += h.to - h.from;
  for (let i = from; i < to; i++) if (TABLE_CHARACTERS.has(view.text[i] ?? '')) covered++;
  return covered / (to - from);
}

const MIN_LABELS = 4;
const MIN_TABLE_SHARE = 0.6;

/** The stretch after a header label's digits (`总计000000000000000`): they get a line of their own. */
function digitsAfter(view: View, at: number): boolean {
  return /\d/.test(view.text[at] ?? '');
}

/**
 * A row's digits that run into the prose after them (`四、结转下年度继续办理20000022025年…`): the
 * place where the year of `2025年` starts, so it goes with the prose.
 */
function yearAfterRow(view: View, from: number): number | undefined {
  let end = from;
  while (end < view.text.length && /\d/.test(view.text[end] ?? '')) end++;
  if (view.text[end] !== '年' || end - from < 5) return undefined;
  return /^(?:19|20)\d\d$/.test(view.text.slice(end - 4, end)) ? end - 4 : undefined;
}

/**
 * One line → the lines it ran together from (the line itself when it did not). Lines with tab
 * cells are left alone: their structure is already there.
 */
export function segmentRunTogetherLine(raw: string): string[] {
  if (raw.length < 40 || (raw.match(/\t/g) ?? []).length >= 3) return [raw];
  const line = toHalfWidthDigits(raw);
  const view = viewOf(line);
  const headings = findHeadings(view);
  const cuts = new Set<number>();
  for (const h of headings) {
    cuts.add(h.from);
    cuts.add(h.to);
  }
  // The stretches between headings: each is table text or prose.
  const bounds = [0, ...headings.flatMap((h) => [h.from, h.to]), view.text.length];
  let labelled = 0;
  for (let b = 0; b + 1 < bounds.length; b += 2) {
    const from = bounds[b] ?? 0;
    const to = bounds[b + 1] ?? 0;
    const labels = findLabels(view, from, to);
    if (labels.length < MIN_LABELS || tableShare(view, from, to, labels) < MIN_TABLE_SHARE) continue;
    labelled += labels.length;
    for (const h of labels) {
      cuts.add(h.from);
      if (h.needle.kind === 'header' && digitsAfter(view, h.to)) cuts.add(h.to);
      const year = yearAfterRow(view, h.to);
      if (h.needle.kind === 'row' && year !== undefined) cuts.add(year);
    }
  }
  if (headings.length < 2 && labelled === 0) return [raw];
  const positions = [...cuts]
    .filter((c) => c > 0 && c < view.text.length)
    .map((c) => view.at[c] ?? line.length)
    .sort((a, b) => a - b);
  const out: string[] = [];
  let start = 0;
  for (const p of positions) {
    out.push(line.slice(start, p));
    start = p;
  }
  out.push(line.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** Every line of the text through `segmentRunTogetherLine`. */
export function segmentRunTogether(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (!lines.some((l) => l.length >= 40)) return text;
  return lines.flatMap(segmentRunTogetherLine).join('\n');
}
