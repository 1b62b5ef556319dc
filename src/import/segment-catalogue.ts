import { PARTS } from '../report/layout/parts';
import type { LabelIndex } from './label-index';
import { layoutCharacters } from './normalize';
import { APPEALS_LABELS } from './appeals-labels';
import { MATRIX_BODY_LABELS, MATRIX_HEADER_LABELS } from './matrix-labels';
import { PROACTIVE_COLUMN_LABELS, PROACTIVE_LABELS } from './proactive-labels';

/**
 * What the segmenter looks for in run-together text, all taken from the layout: the six part
 * headings, the tables' row labels (their numbers follow them on the same line) and header labels
 * (a line of their own). Every text is in compact form (`compact` below).
 */
export interface Needle {
  readonly text: string;
  readonly kind: 'heading' | 'row' | 'header';
  /** For a heading: the part's place (0 = 一 … 5 = 六). */
  readonly part?: number;
}

const WIDE: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；' };

/** Whitespace gone, parentheses and common punctuation made full-width: how labels are compared here. */
export function compactChar(c: string): string {
  let out = COMPACTED.get(c);
  if (out === undefined) {
    out = /\s/.test(c) ? '' : (WIDE[c] ?? layoutCharacters(c));
    if (COMPACTED.size < MAX_COMPACTED) COMPACTED.set(c, out);
  }
  return out;
}
/** compactChar's answers: a text has few distinct characters and is read character by character. */
const COMPACTED = new Map<string, string>();
const MAX_COMPACTED = 10_000;

export function compact(s: string): string {
  let out = '';
  for (const c of s) out += compactChar(c);
  return out;
}

const CN = '一二三四五六七八九十';
const NUMBERED = new RegExp(`^(?:([${CN}]{1,2})[、.．]|（([${CN}]{1,2})）|(\\d{1,2})[.、．])`);

/** The printed forms of a numbered label: `1.属于…` also as `1、属于…`, `一、本年…` as `一.本年…`. */
function numberingVariants(label: string): string[] {
  const c = compact(label);
  const m = NUMBERED.exec(c);
  if (!m) return [c];
  const words = c.slice(m[0].length);
  if (m[1]) return [`${m[1]}、${words}`, `${m[1]}.${words}`, `${m[1]}．${words}`];
  if (m[3]) return [`${m[3]}.${words}`, `${m[3]}、${words}`, `${m[3]}．${words}`];
  return [c];
}

function headingNeedles(): Needle[] {
  const out: Needle[] = [];
  PARTS.forEach((p, part) => {
    const aliases: readonly string[] = 'aliases' in p ? p.aliases : [];
    for (const heading of [p.heading, ...aliases]) {
      const words = compact(heading).replace(new RegExp(`^[${CN}][、.．]`), '');
      for (const form of [
        `${p.numeral}、${words}`,
        `${p.numeral}.${words}`,
        `${p.numeral}．${words}`,
        `第${p.numeral}部分${words}`,
        `第${p.numeral}部分：${words}`,
      ]) {
        out.push({ text: form, kind: 'heading', part });
      }
    }
  });
  return out;
}

function labelNeedles<T>(index: LabelIndex<T>, kind: (value: T) => 'row' | 'header' | undefined): Needle[] {
  const out: Needle[] = [];
  for (const [label, value] of index.entries) {
    const k = kind(value);
    if (!k) continue;
    for (const text of numberingVariants(label)) if (text.length >= 2) out.push({ text, kind: k });
  }
  return out;
}

let cached: { needles: readonly Needle[]; byFirst: ReadonlyMap<string, readonly Needle[]> } | undefined;

/** Every needle, grouped by first character, longest first (so `（七）总计` wins over `总计`). */
export function catalogue(): {
  needles: readonly Needle[];
  byFirst: ReadonlyMap<string, readonly Needle[]>;
} {
  if (cached) return cached;
  const needles = [
    ...headingNeedles(),
    ...labelNeedles(MATRIX_BODY_LABELS, () => 'row'),
    ...labelNeedles(MATRIX_HEADER_LABELS, () => 'header'),
    ...labelNeedles(PROACTIVE_LABELS, (v) =>
      v.kind === 'row' || v.kind === 'legacy-2019' ? 'row' : 'header',
    ),
    ...PROACTIVE_COLUMN_LABELS.flatMap((ix) => labelNeedles(ix, () => 'header')),
    ...labelNeedles(APPEALS_LABELS, () => 'header'),
  ];
  const byFirst = new Map<string, Needle[]>();
  const seen = new Set<string>();
  for (const n of needles) {
    const id = `${n.kind}:${n.text}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const first = n.text[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), n]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
  cached = { needles, byFirst };
  return cached;
}
