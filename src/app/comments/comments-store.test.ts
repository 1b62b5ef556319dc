import { describe, expect, it } from 'vitest';
import type { ReviewComment } from '../../report/schema';
import { CommentsStore } from './comments-store';

const comment = (id: string, resolved = false): ReviewComment => ({
  id,
  part: 'applications',
  path: 'applications.newReceived.natural',
  text: '请核对',
  author: '王审核',
  at: '2026-01-10T09:00:00+08:00',
  resolved,
});

describe('CommentsStore', () => {
  it('does not notify when the comments are the same (a keystroke elsewhere in the form)', () => {
    const store = new CommentsStore([comment('a')]);
    let calls = 0;
    store.subscribe(() => calls++);
    store.set([comment('a')]);
    expect(calls).toBe(0);
  });

  it('notifies when a comment is resolved or added', () => {
    const store = new CommentsStore([comment('a')]);
    let calls = 0;
    store.subscribe(() => calls++);
    store.set([comment('a', true)]);
    store.set([comment('a', true), comment('b')]);
    expect(calls).toBe(2);
    expect(store.get().map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('notifies when a reply is added under a comment', () => {
    const store = new CommentsStore([comment('a')]);
    let calls = 0;
    store.subscribe(() => calls++);
    const reply = {
      id: 'r1',
      text: '已改',
      author: '张三',
      role: 'clerk' as const,
      at: '2026-01-11T09:00:00+08:00',
    };
    store.set([{ ...comment('a'), replies: [reply] }]);
    expect(calls).toBe(1);
  });
});
