import type { Finding } from '../report/findings';
import { restoreDraft, serializeDraft } from '../report/restore';
import type { Draft, ReviewStatus } from '../report/schema';

/** One draft as stored in this browser. */
export interface DraftRecord {
  readonly id: string;
  /** The draft file's text (serializeDraft); read back only through restoreDraft. */
  readonly draft: string;
  /** ISO 8601 time of the last save. */
  readonly savedAt: string;
  readonly agencyName: string;
  readonly year: number;
  readonly status: ReviewStatus;
  /**
   * What the clerk typed into fields that do not hold a valid value yet (e.g. letters in a
   * cell), by path, so a reload shows the same text and the same error.
   */
  readonly unparsed?: Readonly<Record<string, string>>;
  /** Counts the writes of this record (absent before writes were counted: 0). */
  readonly rev?: number;
  /** The tab that wrote it last. */
  readonly writer?: string;
}

/** A record's write count (records stored before it was counted are at 0). */
export const revOf = (record: DraftRecord | undefined): number => record?.rev ?? 0;

export function makeRecord(
  id: string,
  draft: Draft,
  savedAt: Date,
  unparsed: Readonly<Record<string, string>> = {},
  stamp?: { readonly rev: number; readonly writer: string },
): DraftRecord {
  const record: DraftRecord = {
    id,
    draft: serializeDraft(draft),
    savedAt: savedAt.toISOString(),
    agencyName: draft.meta.agencyName,
    year: draft.meta.year,
    status: draft.review?.status ?? 'draft',
    ...(stamp ? { rev: stamp.rev, writer: stamp.writer } : {}),
  };
  return Object.keys(unparsed).length > 0 ? { ...record, unparsed } : record;
}

export type OpenedRecord =
  | { readonly ok: true; readonly draft: Draft; readonly unparsed: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/** A stored record back to a draft, through the one way in (restoreDraft). */
export function openRecord(record: DraftRecord): OpenedRecord {
  const result = restoreDraft(record.draft);
  if (!result.ok) return result;
  return { ok: true, draft: result.draft, unparsed: record.unparsed ?? {} };
}
