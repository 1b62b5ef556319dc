import { SEGMENT_PASS, passTextLines } from './text-passes';

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

const asSourceLine = ({ no, text, cells, markdownHeading }: SourceLine): SourceLine => ({
  no,
  text,
  cells,
  markdownHeading,
});

/**
 * Splits the text into cleaned lines through the line passes of `text-passes.ts`. Page numbers
 * (`-1-`) and markdown table rules are dropped; blank lines are kept (prose needs them) with `text` ''.
 */
export function toLines(text: string): SourceLine[] {
  return passTextLines(text, asSourceLine);
}

/** The whole reading of a text into lines: the segmenting pass, then the line passes. */
export function readLines(text: string): SourceLine[] {
  return toLines(SEGMENT_PASS.run(text));
}
