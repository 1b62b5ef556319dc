import { cleanLine, isPageNumber, isRuleLine, pipesToTabs } from './normalize';
import { segmentRunTogether } from './segment-one-line';

/**
 * A line while the text passes work on it. `raw` is the line as the previous passes left it;
 * `cells` its tab cells once `split-cells` has run. The passes change it in place: one record per
 * line for the whole reading, however many passes there are.
 */
export interface WorkLine {
  /** 1-based line number in the segmented text (what findings cite). */
  readonly no: number;
  readonly raw: string;
  text: string;
  cells: readonly string[];
  /** True when the source marked it as a heading (`#`). */
  markdownHeading: boolean;
  /** False once a pass has taken the line out (a page number, a table rule). */
  kept: boolean;
}

/** One named step of reading the text into lines. A new flattening style is one more pass. */
export interface TextPass {
  readonly name: string;
  /** What the pass undoes, in a sentence (shown in the README's list). */
  readonly undoes: string;
  /** The pass on one kept line, changing it in place. */
  readonly line: (line: WorkLine) => void;
  /** The pass over copies of all lines (the ones taken out stay out; the given lines are left as they were). */
  readonly run: (lines: readonly WorkLine[]) => readonly WorkLine[];
}

/** A pass that works on one line at a time. */
function linePass(name: string, undoes: string, line: (l: WorkLine) => void): TextPass {
  return {
    name,
    undoes,
    line,
    run: (lines) =>
      lines.map((l) => {
        const copy = { ...l };
        if (copy.kept) line(copy);
        return copy;
      }),
  };
}

const NO_CELLS: readonly string[] = [];

/**
 * The passes, in order. `segment-run-together` works on the whole text (it renumbers the lines);
 * the others on one line at a time.
 */
export const TEXT_PASSES: readonly TextPass[] = [
  linePass('drop-page-numbers', 'page numbers a PDF put between the lines (`-1-`, `第 2 页`)', (l) => {
    if (isPageNumber(l.raw)) l.kept = false;
  }),
  linePass(
    'markdown-heading',
    'a markdown heading marker (`## 一、总体情况`), remembered as a heading',
    (l) => {
      l.markdownHeading = /^\s{0,3}#{1,6}\s/.test(l.raw);
    },
  ),
  linePass('clean-markup', 'markdown markers, full-width digits and odd spaces', (l) => {
    l.text = cleanLine(l.raw);
  }),
  linePass('pipes-to-cells', 'a markdown table row (`| a | b |`): its cells become tab cells', (l) => {
    l.text = pipesToTabs(l.text);
  }),
  linePass('split-cells', 'nothing: cuts the line at its tabs into trimmed cells', (l) => {
    l.cells = l.text.includes('\t') ? l.text.split('\t').map((c) => c.trim()) : [l.text.trim()];
  }),
  linePass(
    'cell-per-line',
    'one cell per line, indented with tabs (`\\t\\u00a03`): a single cell, not a grid row',
    (l) => {
      if (l.cells.length < 2 || l.cells[0] !== '') return;
      const filled = l.cells.filter((c) => c !== '');
      if (filled.length !== 1) return;
      l.cells = filled;
      l.text = filled[0] ?? '';
    },
  ),
  linePass('drop-table-rules', 'markdown table rules (`|---|:--:|`)', (l) => {
    if (isRuleLine(l.cells)) l.kept = false;
  }),
  linePass('blank-lines', 'nothing: a line of empty cells is a blank line (kept: prose needs them)', (l) => {
    if (l.cells.every((c) => c === '')) {
      l.text = '';
      l.cells = NO_CELLS;
    } else {
      l.text = l.text.trimEnd();
    }
  }),
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
  return text.replace(/\r\n?/g, '\n').split('\n').map(workLine);
}

function workLine(raw: string, i: number): WorkLine {
  return { no: i + 1, raw, text: raw, cells: NO_CELLS, markdownHeading: false, kept: true };
}

/**
 * Runs the given line passes (all of them by default) over copies of the lines and keeps the lines
 * they kept: each line through every pass in turn, in place, so a long text makes no copy per pass.
 */
export function runLinePasses(
  lines: readonly WorkLine[],
  passes: readonly TextPass[] = TEXT_PASSES,
): WorkLine[] {
  const out: WorkLine[] = [];
  for (const line of lines) {
    const l = { ...line };
    if (passLine(l, passes)) out.push(l);
  }
  return out;
}

/** `l` through the passes, in place; whether it was kept. */
function passLine(l: WorkLine, passes: readonly TextPass[]): boolean {
  for (const p of passes) {
    if (!l.kept) return false;
    p.line(l);
  }
  return l.kept;
}

/**
 * The lines of a text through all the line passes, each made into what `make` gives for it (one
 * record per line while the passes run, none per pass).
 */
export function passTextLines<T>(text: string, make: (l: WorkLine) => T): T[] {
  const out: T[] = [];
  const raws = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < raws.length; i++) {
    const l = workLine(raws[i] ?? '', i);
    if (passLine(l, TEXT_PASSES)) out.push(make(l));
  }
  return out;
}
