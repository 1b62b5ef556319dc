import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Draft } from '../../report/schema';
import { Autosaver } from '../../storage/autosaver';
import type { SaveState } from '../../storage/autosaver';
import { makeRecord } from '../../storage/draft-record';
import { storableDraft } from '../../storage/storable-draft';
import { useDrafts } from '../drafts/repository-context';
import { SnapshotStore } from './snapshot-store';

/**
 * Saves every change to the browser's storage 300 ms after typing pauses, and at once when
 * the tab is hidden or closed. A read-only tab never writes.
 */
export function useAutosave(form: UseFormReturn<Draft>, draftId: string, initial: Draft, readOnly: boolean) {
  const { repository, reportStorageProblem } = useDrafts();
  const { getValues, watch } = form;
  // A store, not state: a save must not re-render the form.
  const [state] = useState(() => new SnapshotStore<SaveState>({ kind: 'idle' }));
  const saver = useRef<Autosaver | undefined>(undefined);
  const readOnlyNow = useRef(readOnly);

  useEffect(() => {
    readOnlyNow.current = readOnly;
    if (readOnly) saver.current?.cancel();
  }, [readOnly]);

  useEffect(() => {
    let lastSaved = initial;
    const s = new Autosaver(
      async () => {
        const stored = storableDraft(getValues(), lastSaved);
        if (!stored) throw new Error('草稿内容无法整理为有效的草稿');
        const now = new Date();
        await repository.put(makeRecord(draftId, stored.draft, now, stored.unparsed));
        lastSaved = stored.draft;
        return now;
      },
      (next) => {
        state.set(next);
        if (next.kind === 'failed') reportStorageProblem(`自动保存失败（${next.message}）`);
        else if (repository.persistent) reportStorageProblem(undefined);
      },
    );
    saver.current = s;
    const subscription = watch(() => {
      if (!readOnlyNow.current) s.schedule();
    });
    // Fields that fill themselves in when they mount (the preamble) changed the form before
    // this subscription existed.
    if (!readOnlyNow.current && JSON.stringify(getValues()) !== JSON.stringify(initial)) s.schedule();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void s.flush();
    };
    const onPageHide = () => void s.flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      subscription.unsubscribe();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      void s.flush();
    };
  }, [draftId, initial, getValues, watch, repository, reportStorageProblem, state]);

  const flush = useCallback(async () => {
    await saver.current?.flush();
  }, []);
  return { state, flush };
}
