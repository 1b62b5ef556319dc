import { useCallback, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { reopenForEditing, statusOf } from '../../report/review';
import type { Draft } from '../../report/schema';
import { loadClerkName } from '../../storage/clerk-name';

/**
 * An approved report opens read-only. `reopen` (after the clerk confirmed) turns it back
 * into a draft — a history entry through reopenForEditing — and lets the clerk edit; the
 * change of `review` is autosaved like any other.
 */
export function useApprovalLock(form: UseFormReturn<Draft>, draft: Draft) {
  const { getValues, setValue } = form;
  const [locked, setLocked] = useState(() => statusOf(draft) === 'approved');
  const reopen = useCallback(() => {
    const review = reopenForEditing(getValues(), loadClerkName(), new Date().toISOString()).review;
    if (review) setValue('review', review, { shouldDirty: true });
    setLocked(false);
  }, [getValues, setValue]);
  return { locked, reopen };
}
