import type { BatchRow } from '../../batch/check-file';

let kept: readonly BatchRow[] = [];

/**
 * The checked files of this page visit, kept in memory while the supervisor opens one of
 * them in review mode, so coming back shows the same table (a reload starts afresh).
 */
export function keptBatchRows(): readonly BatchRow[] {
  return kept;
}

export function keepBatchRows(rows: readonly BatchRow[]): void {
  kept = rows;
}
