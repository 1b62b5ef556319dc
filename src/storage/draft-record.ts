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
  const made: DraftRecord = {
    id,
    draft: serializeDraft(draft),
    savedAt: savedAt.toISOString(),
    agencyName: draft.meta.agencyName,
    year: draft.meta.year,
    status: draft.review?.status ?? 'draft',
    ...(stamp ? { rev: stamp.rev, writer: stamp.writer } : {}),
  };
  const record = Object.keys(unparsed).length > 0 ? { ...made, unparsed } : made;
  madeFrom.set(record, draft);
  return record;
}

/** The draft each record made in this tab was made from (records are never changed in place). */
const madeFrom = new WeakMap<DraftRecord, Draft>();

/**
 * The draft a record holds: the one it was made from when this tab made it (no second parse of
 * what was just written), else read back through restoreDraft. Undefined when it cannot be read.
 */
export function draftOfRecord(record: DraftRecord): Draft | undefined {
  const made = madeFrom.get(record);
  if (made) return made;
  const restored = restoreDraft(record.draft);
  return restored.ok ? restored.draft : undefined;
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
