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
  readonly run: (lines: readonly WorkLine[]) => readonly WorkLine[];
}

const each =
  (f: (line: WorkLine) => WorkLine) =>
  (lines: readonly WorkLine[]): readonly WorkLine[] =>
    lines.map((l) => (l.kept ? f(l) : l));

/**
 * The passes, in order. `segment-run-together` works on the whole text (it renumbers the lines);
 * the others on one line at a time.
 */
export const TEXT_PASSES: readonly TextPass[] = [
  {
    name: 'drop-page-numbers',
    undoes: 'page numbers a PDF put between the lines (`-1-`, `第 2 页`)',
    run: each((l) => (isPageNumber(l.raw) ? { ...l, kept: false } : l)),
  },
  {
    name: 'markdown-heading',
    undoes: 'a markdown heading marker (`## 一、总体情况`), remembered as a heading',
    run: each((l) => ({ ...l, markdownHeading: /^\s{0,3}#{1,6}\s/.test(l.raw) })),
  },
  {
    name: 'clean-markup',
    undoes: 'markdown markers, full-width digits and odd spaces',
    run: each((l) => ({ ...l, text: cleanLine(l.raw) })),
  },
  {
    name: 'pipes-to-cells',
    undoes: 'a markdown table row (`| a | b |`): its cells become tab cells',
    run: each((l) => ({ ...l, text: pipesToTabs(l.text) })),
  },
  {
    name: 'split-cells',
    undoes: 'nothing: cuts the line at its tabs into trimmed cells',
    run: each((l) => ({ ...l, cells: l.text.split('\t').map((c) => c.trim()) })),
  },
  {
    name: 'cell-per-line',
    undoes: 'one cell per line, indented with tabs (`\\t\\u00a03`): a single cell, not a grid row',
    run: each((l) => {
      const filled = l.cells.filter((c) => c !== '');
      return filled.length === 1 && l.cells[0] === '' ? { ...l, cells: filled, text: filled[0] ?? '' } : l;
    }),
  },
  {
    name: 'drop-table-rules',
    undoes: 'markdown table rules (`|---|:--:|`)',
    run: each((l) => (isRuleLine(l.cells) ? { ...l, kept: false } : l)),
  },
  {
    name: 'blank-lines',
    undoes: 'nothing: a line of empty cells is a blank line (kept: prose needs them)',
    run: each((l) =>
      l.cells.every((c) => c === '') ? { ...l, text: '', cells: [] } : { ...l, text: l.text.trimEnd() },
    ),
  },
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

/** Runs the given line passes (all of them by default) and keeps the lines they kept. */
export function runLinePasses(
  lines: readonly WorkLine[],
  passes: readonly TextPass[] = TEXT_PASSES,
): WorkLine[] {
  return passes.reduce((ls, p) => p.run(ls), lines).filter((l) => l.kept);
}
