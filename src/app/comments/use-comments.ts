import { createContext, useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import type { ReviewComment } from '../../report/schema';
import { CommentsStore } from './comments-store';

export const CommentsContext = createContext(new CommentsStore());

/**
 * A value derived from the comments, recomputed only when they change; `same` keeps the
 * previous value when the new one equals it, so subscribers bail out.
 */
function useCommentsSelector<T>(
  select: (comments: readonly ReviewComment[]) => T,
  same: (a: T, b: T) => boolean,
): T {
  const store = useContext(CommentsContext);
  const cache = useRef<{ source: readonly ReviewComment[]; value: T } | null>(null);
  const getSnapshot = useCallback(() => {
    const source = store.get();
    const c = cache.current;
    if (c && c.source === source) return c.value;
    const next = select(source);
    const value = c && same(c.value, next) ? c.value : next;
    cache.current = { source, value };
    return value;
  }, [store, select, same]);
  return useSyncExternalStore(store.subscribe, getSnapshot);
}

const sameList = (a: readonly ReviewComment[], b: readonly ReviewComment[]) =>
  a.length === b.length && a.every((c, i) => c === b[i]);

/** Every comment (for the step panel and the task list). */
export function useComments(): readonly ReviewComment[] {
  const store = useContext(CommentsContext);
  return useSyncExternalStore(store.subscribe, store.get);
}

/** The open (unresolved) comments on one field or cell. */
export function useOpenCommentsAt(path: string): readonly ReviewComment[] {
  const select = useCallback(
    (all: readonly ReviewComment[]) => all.filter((c) => c.path === path && !c.resolved),
    [path],
  );
  return useCommentsSelector(select, sameList);
}
