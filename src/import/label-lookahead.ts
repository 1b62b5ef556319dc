import type { LabelIndex } from './label-index';
import type { SourceLine } from './lines';
import { labelKey, looksNumeric } from './normalize';

/** How far a label wrapped over lines is followed (PDF text: `5.要求行政机关确认或重新出` / `具已获取信息`). */
const MAX_JOINED_LINES = 4;

export interface LookaheadMatch<T> {
  readonly value: T;
  /** Index of the last line the label took. */
  readonly lastIndex: number;
}

/**
 * The longest label starting at `lines[index]`, joining the following single-cell text lines
 * (blank lines skipped) when a label was wrapped. Numbers stop the join.
 */
export function matchWithLookahead<T>(
  lines: readonly SourceLine[],
  index: number,
  labels: LabelIndex<T>,
): LookaheadMatch<T> | undefined {
  let joined = '';
  let best: LookaheadMatch<T> | undefined;
  let taken = 0;
  for (let i = index; i < lines.length && taken < MAX_JOINED_LINES; i++) {
    const line = lines[i];
    if (!line) break;
    if (line.cells.length === 0) continue;
    if (line.cells.length > 1 || looksNumeric(line.text)) break;
    joined += line.text;
    taken++;
    const key = labelKey(joined);
    const value = labels.exact(key);
    if (value !== undefined) best = { value, lastIndex: i };
    else if (!labels.isFragment(key)) break;
  }
  return best;
}
