import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import { addComment, approve, reopenForEditing, submit } from '../report/review';
import type { Draft } from '../report/schema';
import { mergeDrafts } from './merge-drafts';

const T = '2026-01-10T09:00:00+08:00';
const CELL = 'proactive.licensing';

function ok(r: { ok: true; draft: Draft } | { ok: false; message: string }): Draft {
  if (!r.ok) throw new Error(r.message);
  return r.draft;
}
const comment = (d: Draft, id: string) =>
  ok(
    addComment(d, {
      id,
      part: 'proactive',
      path: CELL,
      text: `意见${id}`,
      author: '李四',
      at: T,
    }),
  );

describe('mergeDrafts', () => {
  it("keeps the clerk's new value beside the supervisor's new comment, whichever wrote first", () => {
    const base = sampleDraft();
    const clerk = setPath(base, CELL, 777);
    const supervisor = comment(base, 'c1');
    for (const [ours, theirs] of [
      [clerk, supervisor],
      [supervisor, clerk],
    ] as const) {
      const m = mergeDrafts(base, ours, theirs);
      expect(m.ok).toBe(true);
      if (!m.ok) continue;
      expect(m.draft.proactive.licensing).toBe(777);
      expect(m.draft.review?.comments.map((c) => c.id)).toEqual(['c1']);
    }
  });

  it('keeps comments added on both sides, and drops one removed on either side', () => {
    const base = comment(sampleDraft(), 'c0');
    const ours = comment(base, 'c1');
    const theirs = { ...comment(base, 'c2'), review: { ...comment(base, 'c2').review!, comments: [] } };
    const m = mergeDrafts(base, ours, comment(theirs, 'c2'));
    expect(m.ok && m.draft.review?.comments.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('refuses an approval of numbers the clerk has changed since', () => {
    const submitted = ok(submit(sampleDraft(), [], '张三', T));
    const reworked = setPath(reopenForEditing(submitted, '张三', T), CELL, 778);
    const approved = ok(approve(submitted, [], '李四', T));
    expect(mergeDrafts(submitted, approved, reworked)).toEqual({ ok: false, reason: 'status' });
    const resubmitted = ok(submit(reworked, [], '张三', T));
    expect(mergeDrafts(submitted, approved, resubmitted).ok).toBe(false);
    // the content alone changed on the other side (no history entry): still refused
    expect(mergeDrafts(submitted, approved, setPath(submitted, CELL, 779))).toEqual({
      ok: false,
      reason: 'decision',
    });
  });

  it('refuses two different changes of the content', () => {
    const base = sampleDraft();
    expect(mergeDrafts(base, setPath(base, CELL, 1), setPath(base, CELL, 2))).toEqual({
      ok: false,
      reason: 'content',
    });
    // the same change on both sides is no conflict
    expect(mergeDrafts(base, setPath(base, CELL, 1), setPath(base, CELL, 1)).ok).toBe(true);
  });
});

describe('mergeDrafts keeps settled warnings', () => {
  it('from both sides, the later settlement of the same warning winning', () => {
    const settle = (rule: string, note: string, at: string) => ({
      rule,
      path: 'meta.contact.postcode',
      state: 'verified' as const,
      note,
      by: '李填报',
      role: 'clerk' as const,
      at,
      digest: 'w1-0',
    });
    const base = sampleDraft();
    const withSettlements = (d: Draft, settlements: ReturnType<typeof settle>[]): Draft => ({
      ...d,
      review: { status: 'draft', comments: [], history: [], settlements },
    });
    const ours = withSettlements(base, [settle('R5', '我方', '2027-01-02T00:00:00Z')]);
    const theirs = withSettlements(setPath(base, 'applications.newReceived.natural', 41), [
      settle('R5', '对方较早', '2027-01-01T00:00:00Z'),
      settle('C3', '对方', '2027-01-01T00:00:00Z'),
    ]);
    const m = mergeDrafts(base, ours, theirs);
    if (!m.ok) throw new Error(m.reason);
    expect(m.draft.review?.settlements?.map((s) => [s.rule, s.note])).toEqual([
      ['R5', '我方'],
      ['C3', '对方'],
    ]);
  });
});
