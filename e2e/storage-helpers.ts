import { expect, type Page } from '@playwright/test';
import { restoreDraft } from '../src/report/restore';
import type { Draft } from '../src/report/schema';
import { JOURNAL_DB_NAME, JOURNAL_STORE } from '../src/storage/journal/journal-store-names';

/** The draft stored in this browser's IndexedDB under `id`, read back through restoreDraft. */
export async function storedDraft(page: Page, id: string): Promise<Draft | undefined> {
  const text = await page.evaluate(
    (key) =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('gov-info-report');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const req = open.result.transaction('drafts').objectStore('drafts').get(key);
          req.onsuccess = () => {
            const v: unknown = req.result;
            open.result.close();
            resolve(v && typeof v === 'object' ? (v as { draft: string }).draft : undefined);
          };
          req.onerror = () => reject(new Error(String(req.error)));
        };
      }),
    id,
  );
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
  return page.evaluate(
    ([db, store, key]) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const req = open.result.transaction(store).objectStore(store).get(key);
          req.onsuccess = () => {
            const v: unknown = req.result;
            open.result.close();
            resolve(v && typeof v === 'object' ? (v as { edits: Record<string, unknown> }).edits : {});
          };
          req.onerror = () => reject(new Error(String(req.error)));
        };
      }),
    [JOURNAL_DB_NAME, JOURNAL_STORE, id] as const,
  );
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
