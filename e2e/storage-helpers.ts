import { expect, type Page } from '@playwright/test';
import { restoreDraft } from '../src/report/restore';
import type { Draft } from '../src/report/schema';
import { JOURNAL_DB_NAME, JOURNAL_STORE } from '../src/storage/journal/journal-store-names';
import { SYNC_META_DB_NAME, SYNC_META_STORE } from '../src/storage/server-sync/sync-meta';

/** The record stored under `key` in one IndexedDB store of the page, read in a transaction of its own. */
function storedRecord(page: Page, db: string, store: string, key: string): Promise<unknown> {
  return page.evaluate(
    ([name, storeName, id]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const req = open.result.transaction(storeName).objectStore(storeName).get(id);
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(new Error(String(req.error)));
        };
      }),
    [db, store, key] as const,
  );
}

/** The draft stored in this browser's IndexedDB under `id`, read back through restoreDraft. */
export async function storedDraft(page: Page, id: string): Promise<Draft | undefined> {
  const v = await storedRecord(page, 'gov-info-report', 'drafts', id);
  const text = v && typeof v === 'object' ? (v as { draft: string }).draft : undefined;
  if (text === undefined) return undefined;
  const r = restoreDraft(text);
  return r.ok ? r.draft : undefined;
}

/**
 * Waits until the draft stored under `id` satisfies `done` (autosave has written what the test
 * typed), instead of sleeping for the autosave delay.
 */
export async function waitForStored(page: Page, id: string, done: (draft: Draft) => boolean): Promise<void> {
  await expect
    .poll(async () => {
      const draft = await storedDraft(page, id);
      return draft !== undefined && done(draft);
    })
    .toBe(true);
}

/**
 * The edits of draft `id` that the edit journal holds in IndexedDB, read in a transaction of
 * their own: one that starts only once every earlier write of the journal has committed.
 */
export async function journalEdits(page: Page, id: string): Promise<Record<string, unknown>> {
  const v = await storedRecord(page, JOURNAL_DB_NAME, JOURNAL_STORE, id);
  return v && typeof v === 'object' ? (v as { edits: Record<string, unknown> }).edits : {};
}

/** The status calls the page's sync engine holds for report `id`, not yet made by the server. */
export async function queuedCalls(page: Page, id: string): Promise<string[]> {
  const v = await storedRecord(page, SYNC_META_DB_NAME, SYNC_META_STORE, id);
  return (v as { calls?: string[] } | undefined)?.calls ?? [];
}

/** The scenario's pause after the last keystroke (the time is what the test is about, not a wait for a condition). */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The edit journal's copies in localStorage (journal entries' JSON), whichever draft they are of. */
export async function journalInLocalStorage(page: Page): Promise<string> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('gov-info-report-journal:'))
      .map((k) => localStorage.getItem(k) ?? '')
      .join('\n'),
  );
}
