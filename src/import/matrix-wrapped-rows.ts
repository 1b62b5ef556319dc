import { MATRIX_FLAT_ROWS, matrixRowLabel } from '../report/matrix-shape';
import type { SourceLine } from './lines';
import { layoutCharacters, unifyParentheses } from './normalize';

/**
 * Table 三 as a PDF viewer's copy gives it when the page's row labels wrap inside narrow cells
 * (`pdftotext -layout`): each row's numbers stand on the line of its label's first characters,
 * the rest of the label follows on lines of its own, and a group's label (（三）不予公开) wraps
 * beside its first row's (`(三) 不 1.属于   0 0 0 0 0 0 0` / `予公开 国家秘` / `密`).
 *
 * Read only when it is certain: every line with a row's numbers must begin, in the layout's
 * order and with no row left out, with that row's numbering and the first characters of its
 * label. Then each such line becomes the row's full label and its numbers, and the label pieces
 * between them go. Anything else — a row missing, a piece that does not fit — leaves the lines
 * as they were, for the other readings (which may leave the rows unread, never guess them).
 */

/** Numbering as printed: 一、 （一） 1. 1、 */
const NUMBERING = /[一二三四五六七八九十]、|（[一二三四五六七八九十]）|\d{1,2}[.．、]/g;
/** A row's line is short: a label's first characters and a few numbers. */
const MAX_ROW_LINE = 200;

/** A line that ends in a row's numbers: the label's first characters, then whole numbers only. */
function numberedLine(text: string): { label: string; numbers: string[] } | undefined {
  if (text.length > MAX_ROW_LINE) return undefined;
  const words = text.trim().split(/\s+/);
  let k = words.length;
  while (k > 0 && /^\d+$/.test(words[k - 1] ?? '')) k--;
  if (k === words.length || k === 0) return undefined;
  return { label: words.slice(0, k).join(' '), numbers: words.slice(k) };
}

interface Piece {
  readonly numbering: string;
  readonly words: string;
}

const compact = (s: string) => layoutCharacters(unifyParentheses(s)).replace(/\s+/g, '').replace(/．/g, '.');

/** The last numbering in a label piece and the words after it. */
function lastNumbering(label: string): Piece | undefined {
  const text = compact(label);
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(NUMBERING)) last = m as RegExpExecArray;
  if (!last) return undefined;
  const numbering = last[0].replace(/^(\d{1,2})[.、]$/, '$1.');
  return { numbering, words: text.slice(last.index + last[0].length) };
}

/** The layout's rows in order, with the label a copied line shows of each. */
const ROWS = MATRIX_FLAT_ROWS.map((r) => {
  const piece = lastNumbering(r.label);
  return { key: r.key, label: r.label, numbering: piece?.numbering ?? '', words: piece?.words ?? '' };
});

/** The group label a row stands under (（三）不予公开 for `results.withheld.stateSecret`), if any. */
function groupLabel(key: string): string | undefined {
  const parts = key.split('.');
  return parts.length === 3 ? matrixRowLabel(parts.slice(0, 2).join('.')) : undefined;
}

/** True when the piece is that row's numbering and its label's first characters. */
function fits(piece: Piece, row: (typeof ROWS)[number]): boolean {
  return (
    piece.numbering === row.numbering && piece.words !== '' && compact(row.words).startsWith(piece.words)
  );
}

export function unwrapMatrixRows(lines: readonly SourceLine[]): readonly SourceLine[] {
  const numbered: { index: number; label: string; numbers: string[]; width: number }[] = [];
  lines.forEach((l, index) => {
    const m = numberedLine(l.text);
    if (!m || !/[\u4e00-\u9fff]/.test(m.label)) return;
    numbered.push({ index, label: m.label, numbers: m.numbers, width: m.numbers.length });
  });
  if (numbered.length !== ROWS.length) return lines;
  const width = numbered[0]?.width ?? 0;
  if (width < 6 || numbered.some((n) => n.width !== width)) return lines;
  const rows = numbered.map((n, k) => {
    const piece = lastNumbering(n.label);
    const row = ROWS[k];
    return piece && row && fits(piece, row) ? { ...n, row } : undefined;
  });
  if (rows.some((r) => r === undefined)) return lines;

  const first = numbered[0]?.index ?? 0;
  const last = numbered.at(-1)?.index ?? 0;
  /** After the last row: the rest of its label, short and without numbers. */
  const labelTail = (l: SourceLine) => compact(l.text).length <= 8 && !/\d/.test(l.text);
  const byIndex = new Map(rows.map((r) => [r?.index ?? -1, r]));
  const out: SourceLine[] = [];
  lines.forEach((l, i) => {
    if (i < first) return void out.push(l);
    const r = byIndex.get(i);
    if (!r) {
      // A piece of a wrapped label; after the last row, only the rest of its label goes.
      if (i > last && !labelTail(l)) out.push(l);
      return;
    }
    const cells = [...[groupLabel(r.row.key) ?? ''].filter(Boolean), r.row.label, ...r.numbers];
    out.push({ ...l, text: cells.join('\t'), cells });
  });
  return out;
}
