import { cleanLine, isPageNumber, isRuleLine, pipesToTabs } from './normalize';

/** One line of the report after cleaning; `cells` are its tab-separated cells, trimmed. */
export interface SourceLine {
  /** 1-based line number in the imported text. */
  readonly no: number;
  /** The cleaned line (markdown markers gone, full-width digits made ASCII). */
  readonly text: string;
  readonly cells: readonly string[];
  /** True when the source marked it as a heading (`#`). */
  readonly markdownHeading: boolean;
}

/**
 * Splits the text into cleaned lines. Page numbers (`-1-`) and markdown table rules are dropped;
 * blank lines are kept (prose needs them) with `text` ''.
 */
export function toLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  raw.forEach((line, i) => {
    if (isPageNumber(line)) return;
    const cleaned = pipesToTabs(cleanLine(line));
    const split = cleaned.split('\t').map((c) => c.trim());
    // One cell per line, indented with tabs (`\t\u00a03`): a single cell, not a grid row.
    const filled = split.filter((c) => c !== '');
    const cells = filled.length === 1 && split[0] === '' ? filled : split;
    if (isRuleLine(cells)) return;
    const markdownHeading = /^\s{0,3}#{1,6}\s/.test(line);
    const textOut = cells.every((c) => c === '')
      ? ''
      : cells === filled
        ? (filled[0] ?? '')
        : cleaned.trimEnd();
    out.push({ no: i + 1, text: textOut, cells: textOut === '' ? [] : cells, markdownHeading });
  });
  return out;
}
