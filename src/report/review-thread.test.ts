import { describe, expect, it } from 'vitest';
import { changesBetween } from './changes';
import { sampleDraft } from './fixtures/sample-draft';
import { MAX_REPLY_CHARS } from './limits';
import { setPath } from './paths';
import { restoreDraft, serializeDraft } from './restore';
import { addComment, submit } from './review';
import { addReply, contentOf, lastReturn, returnForChanges } from './review-round';
import type { Draft } from './schema';
import { DRAFT_VERSION } from './schema';

const T = '2026-01-10T09:00:00+08:00';

function ok(r: { ok: true; draft: Draft } | { ok: false; message: string }): Draft {
  if (!r.ok) throw new Error(r.message);
  return r.draft;
}

function returned(): Draft {
  const submitted = ok(submit(sampleDraft(), [], '张三', T));
  const commented = ok(
    addComment(submitted, {
      id: 'c1',
      part: 'applications',
      path: 'applications.newReceived.natural',
      text: '请核对自然人申请数',
      author: '王审核',
      at: T,
    }),
  );
  return ok(returnForChanges(commented, '王审核', T));
}

describe('comment threads', () => {
  it('adds the clerk’s reply and the supervisor’s answer under the comment, in order', () => {
    let d = returned();
    d = ok(
      addReply(d, 'c1', { id: 'r1', text: ' 已核对，数字无误。 ', author: '张三', role: 'clerk', at: T }),
    );
    d = ok(addReply(d, 'c1', { id: 'r2', text: '好的', author: '王审核', role: 'supervisor', at: T }));
    const replies = d.review?.comments[0]?.replies ?? [];
    expect(replies.map((r) => [r.role, r.author, r.text])).toEqual([
      ['clerk', '张三', '已核对，数字无误。'],
      ['supervisor', '王审核', '好的'],
    ]);
    expect(d.review?.status).toBe('returned');
  });

  it('refuses an empty reply, one too long, a missing comment and a repeated id, in Chinese', () => {
    const d = returned();
    const reply = { id: 'r1', author: '张三', role: 'clerk' as const, at: T };
    expect(addReply(d, 'c1', { ...reply, text: '  ' })).toEqual({ ok: false, message: '回复不能为空。' });
    expect(addReply(d, 'c1', { ...reply, text: '字'.repeat(MAX_REPLY_CHARS + 1) })).toMatchObject({
      ok: false,
    });
    expect(addReply(d, 'nope', { ...reply, text: '好' })).toEqual({
      ok: false,
      message: '找不到要回复的审核意见。',
    });
    const once = ok(addReply(d, 'c1', { ...reply, text: '好' }));
    expect(addReply(once, 'c1', { ...reply, text: '又一次' })).toEqual({
      ok: false,
      message: '回复编号重复。',
    });
  });

  it('round-trips a thread through the file, and still reads a version 1 file without replies', () => {
    const d = ok(
      addReply(returned(), 'c1', { id: 'r1', text: '已改', author: '张三', role: 'clerk', at: T }),
    );
    const back = restoreDraft(serializeDraft(d));
    expect(back.ok && back.draft.review?.comments[0]?.replies?.[0]?.text).toBe('已改');

    const old = JSON.parse(serializeDraft(returned())) as Record<string, unknown> & {
      review: { history: object[] };
    };
    old.version = 1;
    old.review.history = old.review.history.map((h) => ({ ...h, snapshot: undefined }));
    const restored = restoreDraft(JSON.parse(JSON.stringify(old)));
    expect(restored.ok).toBe(true);
    if (restored.ok) {
      expect(restored.draft.version).toBe(DRAFT_VERSION);
      expect(restored.migratedFrom).toBe(1);
      expect(restored.draft.review?.comments[0]?.replies).toBeUndefined();
    }
  });

  it('refuses a reply with an unknown role', () => {
    const d = ok(
      addReply(returned(), 'c1', { id: 'r1', text: '已改', author: '张三', role: 'clerk', at: T }),
    );
    const doc = JSON.parse(serializeDraft(d)) as { review: { comments: { replies: { role: string }[] }[] } };
    const reply = doc.review.comments[0]?.replies[0];
    if (reply) reply.role = 'admin';
    expect(restoreDraft(doc).ok).toBe(false);
  });
});

describe('the content kept at a return', () => {
  it('keeps the content as reviewed on the return entry, and the changes since are those made after', () => {
    const d = returned();
    const kept = lastReturn(d);
    expect(kept?.snapshot).toEqual(contentOf(d));
    const fixed = setPath(d, 'applications.newReceived.natural', 41);
    const resubmitted = ok(submit(fixed, [], '张三', T));
    const since = lastReturn(resubmitted);
    expect(since && changesBetween(since.snapshot, contentOf(resubmitted)).map((c) => c.path)).toEqual([
      'applications.newReceived.natural',
    ]);
  });

  it('keeps only the latest return’s content', () => {
    const first = returned();
    const again = ok(
      returnForChanges(ok(submit(setPath(first, 'problems.problems', '改过'), [], '张三', T)), '王审核', T),
    );
    const kept = (again.review?.history ?? []).filter((h) => h.snapshot);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.snapshot?.problems.problems).toBe('改过');
  });

  it('has nothing to compare for a report never returned', () => {
    expect(lastReturn(ok(submit(sampleDraft(), [], '张三', T)))).toBeUndefined();
  });
});
