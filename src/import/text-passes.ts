import { cleanLine, isPageNumber, isRuleLine, pipesToTabs } from './normalize';
import { segmentRunTogether } from './segment-one-line';

/**
 * A line while the text passes work on it. `raw` is the line as the previous passes left it;
 * `cells` its tab cells once `split-cells` has run.
 */
export interface WorkLine {
  /** 1-based line number in the segmented text (what findings cite). */
  readonly no: number;
  readonly raw: string;
  readonly text: string;
  readonly cells: readonly string[];
  /** True when the source marked it as a heading (`#`). */
  readonly markdownHeading: boolean;
  /** False once a pass has taken the line out (a page number, a table rule). */
  readonly kept: boolean;
}

/** One named step of reading the text into lines. A new flattening style is one more pass. */
export interface TextPass {
  readonly name: string;
  /** What the pass undoes, in a sentence (shown in the README's list). */
  readonly undoes: string;
  /** The pass on one kept line: the line itself when it changes nothing. */
  readonly line: (line: WorkLine) => WorkLine;
  /** The pass over all lines (the ones taken out stay out). */
  readonly run: (lines: readonly WorkLine[]) => readonly WorkLine[];
}

/** A pass that works on one line at a time. */
function linePass(name: string, undoes: string, line: (l: WorkLine) => WorkLine): TextPass {
  return { name, undoes, line, run: (lines) => lines.map((l) => (l.kept ? line(l) : l)) };
}

/** `l` with `change` applied, or `l` itself when nothing in it changes (no copy per pass). */
function changed(l: WorkLine, change: Partial<WorkLine>): WorkLine {
  for (const key of Object.keys(change) as (keyof WorkLine)[]) {
    if (change[key] !== l[key]) return { ...l, ...change };
  }
  return l;
}

/**
 * The passes, in order. `segment-run-together` works on the whole text (it renumbers the lines);
 * the others on one line at a time.
 */
export const TEXT_PASSES: readonly TextPass[] = [
  linePass('drop-page-numbers', 'page numbers a PDF put between the lines (`-1-`, `第 2 页`)', (l) =>
    isPageNumber(l.raw) ? { ...l, kept: false } : l,
  ),
  linePass(
    'markdown-heading',
    'a markdown heading marker (`## 一、总体情况`), remembered as a heading',
    (l) => changed(l, { markdownHeading: /^\s{0,3}#{1,6}\s/.test(l.raw) }),
  ),
  linePass('clean-markup', 'markdown markers, full-width digits and odd spaces', (l) =>
    changed(l, { text: cleanLine(l.raw) }),
  ),
  linePass('pipes-to-cells', 'a markdown table row (`| a | b |`): its cells become tab cells', (l) =>
    changed(l, { text: pipesToTabs(l.text) }),
  ),
  linePass('split-cells', 'nothing: cuts the line at its tabs into trimmed cells', (l) => ({
    ...l,
    cells: l.text.includes('\t') ? l.text.split('\t').map((c) => c.trim()) : [l.text.trim()],
  })),
  linePass(
    'cell-per-line',
    'one cell per line, indented with tabs (`\\t\\u00a03`): a single cell, not a grid row',
    (l) => {
      if (l.cells.length < 2 || l.cells[0] !== '') return l;
      const filled = l.cells.filter((c) => c !== '');
      return filled.length === 1 ? { ...l, cells: filled, text: filled[0] ?? '' } : l;
    },
  ),
  linePass('drop-table-rules', 'markdown table rules (`|---|:--:|`)', (l) =>
    isRuleLine(l.cells) ? { ...l, kept: false } : l,
  ),
  linePass('blank-lines', 'nothing: a line of empty cells is a blank line (kept: prose needs them)', (l) =>
    l.cells.every((c) => c === '')
      ? changed(l, { text: '', cells: [] })
      : changed(l, { text: l.text.trimEnd() }),
  ),
];

/** The text before it is cut into lines: the one pass that changes where lines break. */
export const SEGMENT_PASS = {
  name: 'segment-run-together',
  undoes:
    'a report whose lines ran together (a CMS puts it all on one line): breaks before headings and row labels',
  run: segmentRunTogether,
} as const;

/** The raw lines of a text, before any line pass. */
export function workLines(text: string): WorkLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, i) => ({ no: i + 1, raw, text: raw, cells: [], markdownHeading: false, kept: true }));
}

/**
 * Runs the given line passes (all of them by default) and keeps the lines they kept: each line
 * through every pass in turn, so a long text makes no array per pass.
 */
export function runLinePasses(
  lines: readonly WorkLine[],
  passes: readonly TextPass[] = TEXT_PASSES,
): WorkLine[] {
  const out: WorkLine[] = [];
  for (const first of lines) {
    let l = first;
    for (const p of passes) {
      if (!l.kept) break;
      l = p.line(l);
    }
    if (l.kept) out.push(l);
  }
  return out;
}
