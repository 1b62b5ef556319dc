import { useCallback } from 'react';
import { useFormContext } from 'react-hook-form';
import { setCommentResolved } from '../../report/review';
import type { Draft } from '../../report/schema';

/** Marks a review comment resolved (or open again) in the form; autosave stores it. */
export function useResolveComment(): (id: string, resolved: boolean) => void {
  const { getValues, setValue } = useFormContext<Draft>();
  return useCallback(
    (id, resolved) => {
      const next = setCommentResolved(getValues(), id, resolved).review;
      if (next) setValue('review', next, { shouldDirty: true });
    },
    [getValues, setValue],
  );
}
