import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Draft, ReviewComment } from '../../report/schema';
import { CommentsStore } from './comments-store';

const NONE: readonly ReviewComment[] = [];

/**
 * The form's review comments as a store: one watch callback copies them over, and only a
 * change of the comments themselves (not a keystroke elsewhere) reaches the subscribers.
 */
export function useCommentsSync(form: UseFormReturn<Draft>): CommentsStore {
  const { getValues, watch } = form;
  const [store] = useState(() => new CommentsStore(getValues('review')?.comments ?? NONE));
  useEffect(() => {
    const subscription = watch(() => store.set(getValues('review')?.comments ?? NONE));
    return () => subscription.unsubscribe();
  }, [watch, getValues, store]);
  return store;
}
