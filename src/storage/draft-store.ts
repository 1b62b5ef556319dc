import { sameJson } from '../report/canonical-json';
import type { Finding } from '../report/findings';
import { setPath } from '../report/paths';
import type { Draft } from '../report/schema';
import { announceDraftSaved } from './draft-changes';
import type { DraftRecord } from './draft-record';
import { makeRecord, openRecord, revOf } from './draft-record';
import type { DraftRepository } from './draft-repository';
import type { EditJournal, JournalEntry } from './journal/edit-journal';
import type { MergeResult } from './merge-drafts';
import { mergeDrafts } from './merge-drafts';
import { storableDraft } from './storable-draft';

// Every writer of a stored draft (wizard autosave, review, import, start page) goes through
// here: a write names the version it started from (`baseRev`); when another tab wrote since,
// the two are merged (comments beside values) or the write is refused — never a stale copy.

export type SaveOutcome =
  /** Stored as given. */
  | { readonly kind: 'saved'; readonly rev: number; readonly draft: Draft }
  /** Another tab wrote since: stored (or already there) merged with that. */
  | { readonly kind: 'merged'; readonly rev: number; readonly draft: Draft }
  /** Another tab changed what this write also changes: nothing written. */
  | {
      readonly kind: 'conflict';
      readonly reason: Extract<MergeResult, { ok: false }>['reason'] | 'broken';
    }
  /** The draft is no longer stored (deleted in another tab): nothing written. */
  | { readonly kind: 'missing' };

export interface SaveRequest {
  readonly id: string;
  /** The version this writer started from, and its write count. */
  readonly base: Draft;
  readonly baseRev: number;
  readonly next: Draft;
  readonly unparsed?: Readonly<Record<string, string>>;
  readonly writer: string;
}

/** Writes `next` unless another tab wrote since `baseRev`; then merges or refuses. */
export async function saveDraft(repository: DraftRepository, req: SaveRequest): Promise<SaveOutcome> {
  let outcome: SaveOutcome = { kind: 'missing' };
  const now = new Date();
  let wrote = false as boolean;
  await repository.update(req.id, (current) => {
    if (!current) {
      outcome = { kind: 'missing' };
      return undefined;
    }
    const rev = revOf(current) + 1;
    const stamp = { rev, writer: req.writer };
    if (revOf(current) === req.baseRev) {
      if (sameJson(req.next, req.base) && sameJson(req.unparsed ?? {}, current.unparsed ?? {})) {
        outcome = { kind: 'saved', rev: revOf(current), draft: req.next };
        return undefined; // nothing changed: no write
      }
      outcome = { kind: 'saved', rev, draft: req.next };
      wrote = true;
      return makeRecord(req.id, req.next, now, req.unparsed, stamp);
    }
    const theirs = openRecord(current);
    if (!theirs.ok) {
      outcome = { kind: 'conflict', reason: 'broken' };
      return undefined;
    }
    const merged = mergeDrafts(req.base, req.next, theirs.draft);
    if (!merged.ok) {
      outcome = { kind: 'conflict', reason: merged.reason };
      return undefined;
    }
    const unparsed = req.unparsed ?? {};
    if (sameJson(merged.draft, theirs.draft) && sameJson(unparsed, current.unparsed ?? {})) {
      outcome = { kind: 'merged', rev: revOf(current), draft: theirs.draft };
      return undefined;
    }
    outcome = { kind: 'merged', rev, draft: merged.draft };
    wrote = true;
    return makeRecord(req.id, merged.draft, now, unparsed, stamp);
  });
  // Set in the callback above (TypeScript cannot see that).
  const done = outcome as SaveOutcome;
  if (wrote && (done.kind === 'saved' || done.kind === 'merged'))
    announceDraftSaved(req.id, done.rev, req.writer);
  return done;
}

/**
 * Stores a draft as it is, over whatever is stored under `id` (a new draft, or one the clerk
 * chose to replace with a file): counted as a write, so an open tab sees it changed; edits in
 * the journal of what it replaced are dropped.
 */
export async function replaceDraft(
  repository: DraftRepository,
  journal: EditJournal,
  id: string,
  draft: Draft,
  writer: string,
): Promise<number> {
  let rev = 0;
  await repository.update(id, (current) => {
    rev = revOf(current) + 1;
    return makeRecord(id, draft, new Date(), {}, { rev, writer });
  });
  await journal.remove(id);
  announceDraftSaved(id, rev, writer);
  return rev;
}

export type LoadedRecord =
  | { readonly kind: 'missing' }
  | { readonly kind: 'broken'; readonly findings: readonly Finding[] }
  | {
      readonly kind: 'ready';
      /** The stored draft with the journal's edits applied. */
      readonly draft: Draft;
      readonly unparsed: Readonly<Record<string, string>>;
      /** The stored draft as it is (what a save starts from). */
      readonly stored: Draft;
      readonly rev: number;
      /** Journal edits applied that the stored record does not hold yet (save them). */
      readonly recovered: Readonly<Record<string, unknown>>;
    };

/** Edits of a journal that still apply to `record`. */
function applicableEdits(entry: JournalEntry | undefined, record: DraftRecord): Record<string, unknown> {
  if (!entry) return {};
  // Made on this version, or by the tab that wrote it last (values are absolute: harmless
  // twice). Otherwise another tab wrote since: the clerk's fields still apply, the review
  // (a decision made elsewhere since) does not.
  const current = entry.rev === revOf(record) || entry.writer === record.writer;
  return Object.fromEntries(
    Object.entries(entry.edits).filter(
      ([path]) => current || (path !== 'review' && !path.startsWith('review.')),
    ),
  );
}

/** A stored draft through restoreDraft, with what the journal holds beyond it. */
export async function loadDraft(
  repository: DraftRepository,
  journal: EditJournal,
  id: string,
): Promise<LoadedRecord> {
  const record = await repository.get(id);
  if (!record) return { kind: 'missing' };
  const opened = openRecord(record);
  if (!opened.ok) return { kind: 'broken', findings: opened.findings };
  const edits = applicableEdits(await journal.read(id).catch(() => undefined), record);
  let values: unknown = opened.draft;
  for (const [path, value] of Object.entries(edits)) values = setPath(values, path, value);
  const folded = Object.keys(edits).length > 0 ? storableDraft(values, opened.draft) : null;
  return {
    kind: 'ready',
    draft: folded?.draft ?? opened.draft,
    unparsed: folded ? { ...opened.unparsed, ...folded.unparsed } : opened.unparsed,
    stored: opened.draft,
    rev: revOf(record),
    recovered: folded ? edits : {},
  };
}
