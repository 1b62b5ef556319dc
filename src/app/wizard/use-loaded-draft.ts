import { useCallback, useEffect, useState } from 'react';
import type { Finding } from '../../report/findings';
import type { Draft } from '../../report/schema';
import { loadDraft } from '../../storage/draft-store';
import { useDrafts } from '../drafts/repository-context';

export type LoadedDraft =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'broken'; readonly findings: readonly Finding[] }
  | {
      readonly kind: 'ready';
      /** What the form starts with: the stored draft and the journal's edits beyond it. */
      readonly draft: Draft;
      readonly unparsed: Readonly<Record<string, string>>;
      /** The stored draft and its write count (what the next save starts from). */
      readonly stored: Draft;
      readonly rev: number;
      /** Edits recovered from the journal (typed before a crash or reload, not saved yet). */
      readonly recovered: Readonly<Record<string, unknown>>;
      /** Changes on every (re)load, so the form starts afresh. */
      readonly generation: number;
    };

/** The stored draft, read through restoreDraft; `reload` reads it again (after another tab wrote). */
export function useLoadedDraft(draftId: string) {
  const { repository, journal, reportStorageProblem } = useDrafts();
  const [loaded, setLoaded] = useState<LoadedDraft>({ kind: 'loading' });
  const reload = useCallback(async () => {
    try {
      const r = await loadDraft(repository, journal, draftId);
      setLoaded((prev) =>
        r.kind === 'ready' ? { ...r, generation: prev.kind === 'ready' ? prev.generation + 1 : 0 } : r,
      );
    } catch (e) {
      reportStorageProblem(`读取草稿失败（${e instanceof Error ? e.message : String(e)}）`);
      setLoaded({ kind: 'missing' });
    }
  }, [draftId, repository, journal, reportStorageProblem]);
  useEffect(() => {
    // Reading IndexedDB is asynchronous; the state is set when it answers.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);
  return { loaded, reload };
}
