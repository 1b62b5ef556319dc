import { expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import type { Draft } from '../../report/schema';
import { describeOnBothDatabases } from '../test/harness';

const YEAR = 2019;

describeOnBothDatabases('report workflow', (server) => {
  it('save → submit → return with a comment → fix → resubmit → approve → sum → reopen, each in the audit log', async () => {
    const s = server();
    const clerk = await s.as('clerkA');
    const sup = await s.as('supX');
    const path = `/api/reports/${s.world.unitA}/${YEAR}`;
    const draft = setPath(sampleDraft(), 'meta.year', YEAR);
    expect((await clerk.send('PUT', path, { baseRevision: 0, document: draft })).status).toBe(200);
    expect(await (await clerk.send('POST', `${path}/submit`, { revision: 1 })).json()).toEqual({
      revision: 2,
      status: 'submitted',
    });
    const noComment = await sup.send('POST', `${path}/return`, { revision: 2 });
    expect(noComment.status).toBe(422);
    const returned = await sup.send('POST', `${path}/return`, { revision: 2, comment: '请补充第五部分。' });
    expect(await returned.json()).toEqual({ revision: 3, status: 'returned' });
    const after = (await (await clerk.get(path)).json()) as {
      revision: number;
      status: string;
      document: Draft;
    };
    expect(after.status).toBe('returned');
    expect(after.document.review?.comments.map((c) => [c.text, c.author])).toEqual([
      ['请补充第五部分。', 'supX姓名'],
    ]);
    const fixed = setPath(after.document, 'problems.improvements', '已补充。');
    const comment = fixed.review?.comments[0];
    if (!fixed.review || !comment) throw new Error('no comment');
    const resolved: Draft = {
      ...fixed,
      review: { ...fixed.review, comments: [{ ...comment, resolved: true }] },
    };
    expect(await (await clerk.send('PUT', path, { baseRevision: 3, document: resolved })).json()).toEqual({
      revision: 4,
    });
    await clerk.send('POST', `${path}/submit`, { revision: 4 });
    expect(await (await sup.send('POST', `${path}/approve`, { revision: 5 })).json()).toEqual({
      revision: 6,
      status: 'approved',
    });
    const sum = (await (await sup.get(`/api/sum?region=${s.world.countyX}&year=${YEAR}`)).json()) as {
      units: { id: number }[];
      document: Draft;
    };
    expect(sum.units.map((u) => u.id)).toEqual([s.world.unitA]);
    expect(sum.document.applications.newReceived.natural).toBe(draft.applications.newReceived.natural);
    const supY = await s.as('supY');
    expect((await supY.get(`/api/sum?region=${s.world.countyX}&year=${YEAR}`)).status).toBe(404);
    expect((await sup.send('POST', `${path}/reopen`, { revision: 6 })).status).toBe(422);
    expect(
      await (await sup.send('POST', `${path}/reopen`, { revision: 6, comment: '发现错别字' })).json(),
    ).toEqual({
      revision: 7,
      status: 'draft',
    });
    const final = (await (await clerk.get(path)).json()) as { document: Draft };
    expect(final.document.review?.history.map((h) => h.status)).toEqual([
      'submitted',
      'returned',
      'submitted',
      'approved',
      'draft',
    ]);
    expect(final.document.review?.comments[0]?.resolved).toBe(true);
    const events = await s.ownerDb.query<{ action: string; revision: number }>(
      `SELECT action, revision FROM events WHERE object = $1 AND result = 'ok' ORDER BY id`,
      [`report:${s.world.unitA}/${YEAR}`],
    );
    expect(events.map((e) => `${e.action}@${e.revision}`)).toEqual([
      'save@1',
      'submit@2',
      'return@3',
      'save@4',
      'submit@5',
      'approve@6',
      'reopen@7',
    ]);
    const revisions = await s.ownerDb.query(
      'SELECT revision FROM report_revisions WHERE unit_id = $1 AND year = $2',
      [s.world.unitA, YEAR],
    );
    expect(revisions).toHaveLength(7);
  });

  it('an administrator imports a draft file whose review says 审核通过: it arrives as a 草稿 with no history', async () => {
    const s = server();
    const admin = await s.as('admin');
    const file: Draft = {
      ...setPath(sampleDraft(), 'meta.year', 2018),
      review: {
        status: 'approved',
        comments: [],
        history: [{ status: 'approved', by: '某人', at: '2025-01-01T00:00:00Z' }],
      },
    };
    const res = await admin.send('POST', '/api/admin/import', { unitId: s.world.unitB, document: file });
    expect(res.status).toBe(200);
    const clerk = await s.as('clerkB');
    const got = (await (await clerk.get(`/api/reports/${s.world.unitB}/2018`)).json()) as {
      status: string;
      document: Draft;
    };
    expect(got.status).toBe('draft');
    expect(got.document.review).toBeUndefined();
    const notAdmin = await clerk.send('POST', '/api/admin/import', { unitId: s.world.unitB, document: file });
    expect(notAdmin.status).toBe(403);
  });
});
