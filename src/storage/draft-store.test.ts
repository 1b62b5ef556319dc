import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import { addComment, approve, reopenForEditing, submit } from '../report/review';
import type { Draft } from '../report/schema';
import { openRecord } from './draft-record';
import { loadDraft, replaceDraft, saveDraft } from './draft-store';
import { createMemoryJournal } from './journal/edit-journal';
import { createMemoryRepository } from './memory-repository';

const T = '2026-01-10T09:00:00+08:00';
const CELL = 'proactive.licensing';
const ID = 'd1';

function ok(r: { ok: true; draft: Draft } | { ok: false; message: string }): Draft {
  if (!r.ok) throw new Error(r.message);
  return r.draft;
}

async function setup(draft: Draft) {
  const repository = createMemoryRepository();
  const journal = createMemoryJournal();
  const rev = await replaceDraft(repository, journal, ID, draft, 'start');
  return { repository, journal, rev };
}

async function stored(repository: ReturnType<typeof createMemoryRepository>): Promise<Draft> {
  const record = await repository.get(ID);
  const opened = record && openRecord(record);
  if (!opened?.ok) throw new Error('not stored');
  return opened.draft;
}

describe('saveDraft', () => {
  it('the two-tab review scenario: value and comment both survive, in either order', async () => {
    const base = sampleDraft();
    const { repository, rev } = await setup(base);
    // the clerk types 777 (saved); then the review tab, opened before, adds a comment
    const clerk = await saveDraft(repository, {
      id: ID,
      base,
      baseRev: rev,
      next: setPath(base, CELL, 777),
      writer: 'wizard',
    });
    expect(clerk.kind).toBe('saved');
    const withComment = ok(
      addComment(base, {
        id: 'c1',
        part: 'proactive',
        path: CELL,
        text: '请核对',
        author: '李四',
        at: T,
      }),
    );
    const review = await saveDraft(repository, {
      id: ID,
      base,
      baseRev: rev,
      next: withComment,
      writer: 'review',
    });
    expect(review.kind).toBe('merged');
    expect((await stored(repository)).proactive.licensing).toBe(777);
    expect((await stored(repository)).review?.comments).toHaveLength(1);
    // the clerk's next keystroke, from the version it saved, keeps the comment
    if (clerk.kind !== 'saved') throw new Error();
    const next = await saveDraft(repository, {
      id: ID,
      base: clerk.draft,
      baseRev: clerk.rev,
      next: setPath(clerk.draft, CELL, 7770),
      writer: 'wizard',
    });
    expect(next.kind).toBe('merged');
    const now = await stored(repository);
    expect(now.proactive.licensing).toBe(7770);
    expect(now.review?.comments.map((c) => c.text)).toEqual(['请核对']);
  });

  it('a review tab opened before a withdraw-edit-resubmit cannot approve the old numbers', async () => {
    const submitted = ok(submit(sampleDraft(), [], '张三', T));
    const { repository, rev } = await setup(submitted);
    const reworked = ok(submit(setPath(reopenForEditing(submitted, '张三', T), CELL, 5), [], '张三', T));
    expect(
      (
        await saveDraft(repository, {
          id: ID,
          base: submitted,
          baseRev: rev,
          next: reworked,
          writer: 'wizard',
        })
      ).kind,
    ).toBe('saved');
    const approval = await saveDraft(repository, {
      id: ID,
      base: submitted,
      baseRev: rev,
      next: ok(approve(submitted, [], '李四', T)),
      writer: 'review',
    });
    expect(approval.kind).toBe('conflict');
    const now = await stored(repository);
    expect(now.review?.status).toBe('submitted');
    expect(now.review?.history.map((h) => h.status)).toEqual(['submitted', 'draft', 'submitted']);
    expect(now.proactive.licensing).toBe(5);
  });

  it('writes nothing when nothing changed, and refuses a draft deleted elsewhere', async () => {
    const base = sampleDraft();
    const { repository, rev } = await setup(base);
    expect(
      await saveDraft(repository, { id: ID, base, baseRev: rev, next: base, writer: 'w' }),
    ).toMatchObject({ kind: 'saved', rev });
    await repository.remove(ID);
    expect((await saveDraft(repository, { id: ID, base, baseRev: rev, next: base, writer: 'w' })).kind).toBe(
      'missing',
    );
  });
});

describe('loadDraft', () => {
  it('applies the journal edits the stored record does not hold yet', async () => {
    const { repository, journal, rev } = await setup(sampleDraft());
    journal.write({ draftId: ID, rev, writer: 'w', edits: { [CELL]: 4242, 'meta.agencyName': '某某局' } });
    const r = await loadDraft(repository, journal, ID);
    expect(r.kind).toBe('ready');
    if (r.kind !== 'ready') return;
    expect(r.draft.proactive.licensing).toBe(4242);
    expect(r.draft.meta.agencyName).toBe('某某局');
    expect(r.stored.proactive.licensing).toBe(sampleDraft().proactive.licensing);
    expect(Object.keys(r.recovered)).toHaveLength(2);
  });

  it('keeps text that is not a valid value yet as typed, and ignores a stale review edit', async () => {
    const { repository, journal, rev } = await setup(sampleDraft());
    await saveDraft(repository, {
      id: ID,
      base: sampleDraft(),
      baseRev: rev,
      next: ok(
        addComment(sampleDraft(), {
          id: 'c',
          part: 'proactive',
          text: 'x',
          author: 'a',
          at: T,
        }),
      ),
      writer: 'review',
    });
    journal.write({
      draftId: ID,
      rev,
      writer: 'w',
      edits: { [CELL]: '12a', review: { status: 'approved', comments: [], history: [] } },
    });
    const r = await loadDraft(repository, journal, ID);
    if (r.kind !== 'ready') throw new Error(r.kind);
    expect(r.unparsed[CELL]).toBe('12a');
    expect(r.draft.review?.status).toBe('draft');
    expect(r.draft.review?.comments).toHaveLength(1);
  });

  it('a replaced draft drops the journal of what it replaced', async () => {
    const { repository, journal, rev } = await setup(sampleDraft());
    journal.write({ draftId: ID, rev, writer: 'w', edits: { [CELL]: 1 } });
    await replaceDraft(repository, journal, ID, sampleDraft(), 'import');
    expect(journal.entries.size).toBe(0);
  });
});
