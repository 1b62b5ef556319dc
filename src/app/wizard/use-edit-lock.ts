import { useCallback, useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { lockedStatusOf, reopenForEditing } from '../../report/review';
import type { LockedStatus } from '../../report/review';
import type { Draft } from '../../report/schema';
import { loadName } from '../../storage/remembered-name';
import { useServerMode } from '../common/server-mode';

/**
 * A submitted or approved report is read-only — from when it opens, or from the moment it is
 * submitted. `reopen` (after the clerk confirmed) turns it back into a draft — a history entry
 * through reopenForEditing — and lets the clerk edit; the change of `review` is autosaved like
 * any other; on the server, 撤回 is then the server's own call, made once the reopening is
 * saved (`saveNow`). The status is followed with a form subscription, so the form re-renders
 * only when the lock itself changes.
 */
export function useEditLock(form: UseFormReturn<Draft>, draft: Draft, saveNow: () => Promise<void>) {
  const { getValues, setValue, subscribe } = form;
  const server = useServerMode();
  const [locked, setLocked] = useState<LockedStatus | null>(() => lockedStatusOf(draft));
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => setLocked(lockedStatusOf(values as Draft)),
      }),
    [subscribe],
  );
  const reopen = useCallback(() => {
    const review = reopenForEditing(getValues(), loadName('clerk'), new Date().toISOString()).review;
    if (review) setValue('review', review, { shouldDirty: true });
    // Queuing fails only when IndexedDB does, which autosave already reports.
    if (server)
      void saveNow()
        .then(() => server.statusCall('withdraw'))
        .catch(() => undefined);
  }, [getValues, setValue, saveNow, server]);
  return { locked, reopen };
}
