import { useCallback, useEffect, useState } from 'react';
import { loadDraft } from '../../storage/draft-store';
import type { LoadedRecord } from '../../storage/draft-store';
import { useDrafts } from '../drafts/repository-context';

/** A stored draft as the wizard holds it: `LoadedRecord`, plus `loading`, and on `ready` a
 *  generation that changes on every (re)load, so the form starts afresh. */
export type LoadedDraft =
  | { readonly kind: 'loading' }
  | Exclude<LoadedRecord, { kind: 'ready' }>
  | (Extract<LoadedRecord, { kind: 'ready' }> & { readonly generation: number });

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
