import type { DraftRecord } from '../../storage/draft-record';

/** The stored draft of that agency and year, if any (one draft per agency and year). */
export function findDraftFor(
  records: readonly DraftRecord[],
  agencyName: string,
  year: number,
): DraftRecord | undefined {
  const name = agencyName.trim();
  return records.find((r) => r.agencyName.trim() === name && r.year === year);
}
