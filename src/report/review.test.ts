import { describe, expect, it } from 'vitest';
import { sampleDraft } from './fixtures/sample-draft';
import type { Finding } from './findings';
import type { Draft, Review } from './schema';
import { restoreDraft, serializeDraft } from './restore';
import {
  addComment,
  approve,
  reopenForEditing,
  setCommentResolved,
  statusOf,
  submit,
  withServerReview,
} from './review';
import { returnForChanges } from './review-round';

const T = '2026-01-10T09:00:00+08:00';
const error: Finding = {
  rule: 'R3',
  severity: 'error',
  path: 'applications.results.total.natural',
  message: 'x',
};
const warning: Finding = {
  rule: 'X1',
  severity: 'warning',
  path: 'applications.carriedOver.natural',
  message: 'y',
};

function ok(r: { ok: true; draft: Draft } | { ok: false; message: string }): Draft {
  if (!r.ok) throw new Error(r.message);
  return r.draft;
}

describe('review workflow', () => {
  it('walks submit → comment → return → resolve → resubmit → approve, keeping history', () => {
    let d = ok(submit(sampleDraft(), [warning], '张三', T));
    expect(statusOf(d)).toBe('submitted');
    d = ok(
      addComment(d, {
        id: 'c1',
        part: 'applications',
        path: 'applications.newReceived.natural',
        text: '请核对自然人数量',
        author: '李四',
        at: T,
      }),
    );
    d = ok(returnForChanges(d, '李四', T));
    expect(statusOf(d)).toBe('returned');
    d = setCommentResolved(d, 'c1', true);
    d = ok(submit(d, [], '张三', T));
    d = ok(approve(d, [warning], '李四', T));
    expect(statusOf(d)).toBe('approved');
    expect(d.review?.history.map((h) => [h.status, h.by])).toEqual([
      ['submitted', '张三'],
      ['returned', '李四'],
      ['submitted', '张三'],
      ['approved', '李四'],
    ]);
    // and the whole review survives save → open
    expect(restoreDraft(serializeDraft(d))).toEqual({ ok: true, draft: d });
  });

  it('refuses to submit or approve while an error remains', () => {
    expect(submit(sampleDraft(), [error], '张三', T)).toMatchObject({ ok: false });
    const submitted = ok(submit(sampleDraft(), [], '张三', T));
    const r = approve(submitted, [error], '李四', T);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('错误');
  });

  it('refuses to return without an open comment', () => {
    const submitted = ok(submit(sampleDraft(), [], '张三', T));
    const r = returnForChanges(submitted, '李四', T);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('审核意见');
  });

  it('needs a name for every status change and a non-empty comment', () => {
    expect(submit(sampleDraft(), [], '  ', T).ok).toBe(false);
    expect(
      addComment(sampleDraft(), { id: 'c', part: 'overview', text: '  ', author: '李四', at: T }).ok,
    ).toBe(false);
  });

  it('editing an approved report turns it back into a draft, with a history entry', () => {
    let d = ok(submit(sampleDraft(), [], '张三', T));
    d = ok(approve(d, [], '李四', T));
    const reopened = reopenForEditing(d, '张三', T);
    expect(statusOf(reopened)).toBe('draft');
    expect(reopened.review?.history.at(-1)).toMatchObject({ status: 'draft', by: '张三' });
    expect(reopenForEditing(sampleDraft(), '张三', T)).toEqual(sampleDraft());
  });

  it('withdrawing a submitted report to edit it turns it back into a draft, noted in the history', () => {
    const d = ok(submit(sampleDraft(), [], '张三', T));
    const withdrawn = reopenForEditing(d, '', '2026-01-11T08:00:00+08:00');
    expect(statusOf(withdrawn)).toBe('draft');
    expect(withdrawn.review?.history).toEqual([
      { status: 'submitted', by: '张三', at: T },
      { status: 'draft', by: '填报人', at: '2026-01-11T08:00:00+08:00', note: '撤回提交后修改' },
    ]);
    // a returned report is edited as it is
    const returned = ok(
      returnForChanges(
        ok(addComment(d, { id: 'c', part: 'overview', text: '请补充', author: '李四', at: T })),
        '李四',
        T,
      ),
    );
    expect(reopenForEditing(returned, '张三', T)).toEqual(returned);
  });
});

describe('withServerReview (the one review rule of a save, on both sides of the wire)', () => {
  const base = sampleDraft();
  const serverReview: Review = {
    status: 'returned',
    comments: [
      {
        id: 'c1',
        part: 'applications',
        text: '请核对',
        author: '王审核',
        at: '2026-01-10T09:00:00+08:00',
        resolved: false,
      },
      {
        id: 'c2',
        part: 'overview',
        text: '补充',
        author: '王审核',
        at: '2026-01-10T09:01:00+08:00',
        resolved: false,
      },
    ],
    history: [{ status: 'returned', by: '王审核', at: '2026-01-10T09:02:00+08:00' }],
  };

  it('keeps the clerk’s resolved marks and nothing else of the review the draft carries', () => {
    const clerk: Draft = {
      ...base,
      review: {
        status: 'approved',
        comments: [{ ...serverReview.comments[0]!, text: '改写的意见', resolved: true }],
        history: [],
      },
    };
    const sent = withServerReview(clerk, serverReview);
    expect(sent.review?.status).toBe('returned');
    expect(sent.review?.history).toEqual(serverReview.history);
    expect(sent.review?.comments.map((c) => [c.id, c.text, c.resolved])).toEqual([
      ['c1', '请核对', true],
      ['c2', '补充', false],
    ]);
  });

  it('without a server review block the draft carries none', () => {
    const clerk: Draft = { ...base, review: serverReview };
    expect(withServerReview(clerk, undefined).review).toBeUndefined();
  });
});
