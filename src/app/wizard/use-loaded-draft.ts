import { useCallback, useEffect, useState } from 'react';
import type { Finding } from '../../report/findings';
import type { Draft } from '../../report/schema';
import { openRecord } from '../../storage/draft-record';
import { useDrafts } from '../drafts/repository-context';

export type LoadedDraft =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'broken'; readonly findings: readonly Finding[] }
  | {
      readonly kind: 'ready';
      readonly draft: Draft;
      readonly unparsed: Readonly<Record<string, string>>;
      /** Changes on every (re)load, so the form starts afresh. */
      readonly generation: number;
    };

/** The stored draft, read through restoreDraft; `reload` reads it again (after another tab wrote). */
export function useLoadedDraft(draftId: string) {
  const { repository, reportStorageProblem } = useDrafts();
  const [loaded, setLoaded] = useState<LoadedDraft>({ kind: 'loading' });
  const reload = useCallback(async () => {
    try {
      const record = await repository.get(draftId);
      if (!record) return setLoaded({ kind: 'missing' });
      const opened = openRecord(record);
      setLoaded((prev) =>
        opened.ok
          ? {
              kind: 'ready',
              draft: opened.draft,
              unparsed: opened.unparsed,
              generation: prev.kind === 'ready' ? prev.generation + 1 : 0,
            }
          : { kind: 'broken', findings: opened.findings },
      );
    } catch (e) {
      reportStorageProblem(`读取草稿失败（${e instanceof Error ? e.message : String(e)}）`);
      setLoaded({ kind: 'missing' });
    }
  }, [draftId, repository, reportStorageProblem]);
  useEffect(() => {
    // Reading IndexedDB is asynchronous; the state is set when it answers.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);
  return { loaded, reload };
}
