import { expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import type { Draft, Review } from '../../report/schema';
import type { FindingsAnswer } from '../../api-contract/desk-endpoints';
import type { Client, TestServer } from '../test/harness';
import { describeOnBothDatabases } from '../test/harness';

const POSTCODE = 'meta.contact.postcode';

/** The sample report for `year` with a five-digit 邮政编码 (one R5 warning), saved and submitted. */
async function submitted(s: TestServer, clerkLogin: string, unitId: number, year: number): Promise<Client> {
  const clerk = await s.as(clerkLogin);
  const path = `/api/reports/${unitId}/${year}`;
  const doc = setPath(setPath(sampleDraft(), 'meta.year', year), POSTCODE, '22330');
  expect((await clerk.send('PUT', path, { baseRevision: 0, document: doc })).status).toBe(200);
  expect((await clerk.send('POST', `${path}/submit`, { revision: 1 })).status).toBe(200);
  return clerk;
}

describeOnBothDatabases('settling warnings', (server) => {
  it('a supervisor settles a warning (已核实 + why); the server writes who and when; the 问题清单 shows it', async () => {
    const s = server();
    const clerk = await submitted(s, 'clerkA', s.world.unitA, 2015);
    const sup = await s.as('supX');
    const path = `/api/reports/${s.world.unitA}/2015/settlements`;
    const body = { rule: 'R5', path: POSTCODE, state: 'verified', note: '本地邮编经核实无误。' };
    expect((await clerk.send('POST', path, body)).status).toBe(403);
    expect((await (await s.as('supY')).send('POST', path, body)).status).toBe(404);
    const noSuch = await sup.send('POST', path, { ...body, path: 'meta.contact.email' });
    expect(noSuch.status).toBe(422);
    const noWhy = await sup.send('POST', path, { ...body, note: ' ' });
    expect(noWhy.status).toBe(422);
    const ok = (await (await sup.send('POST', path, body)).json()) as { revision: number; review: Review };
    expect(ok.revision).toBe(3);
    expect(ok.review.status).toBe('submitted');
    expect(ok.review.settlements).toEqual([
      expect.objectContaining({
        rule: 'R5',
        path: POSTCODE,
        state: 'verified',
        note: '本地邮编经核实无误。',
        by: 'supX姓名',
        role: 'supervisor',
        at: '2026-01-15T02:00:00.000Z',
      }),
    ]);
    const list = (await (await sup.get(`/api/findings?year=2015`)).json()) as FindingsAnswer;
    const unit = list.units.find((u) => u.id === s.world.unitA);
    const warning = unit?.findings.find((f) => f.path === POSTCODE);
    expect(warning?.settled).toMatchObject({ kind: 'settled', state: 'verified', by: 'supX姓名' });
  });

  it('reopens when the clerk changes the cell behind it after a return', async () => {
    const s = server();
    const clerk = await submitted(s, 'clerkA', s.world.unitA, 2014);
    const sup = await s.as('supX');
    const base = `/api/reports/${s.world.unitA}/2014`;
    const body = { rule: 'R5', path: POSTCODE, state: 'verified', note: '核实无误。' };
    expect((await sup.send('POST', `${base}/settlements`, body)).status).toBe(200);
    const comment = { revision: 3, part: 'basics', text: '邮编请再核对。' };
    expect((await sup.send('POST', `${base}/comments`, comment)).status).toBe(200);
    expect((await sup.send('POST', `${base}/return`, { revision: 4 })).status).toBe(200);
    const mine = (await (await clerk.get(base)).json()) as { document: Draft };
    const changed = setPath(mine.document, POSTCODE, '2233');
    expect((await clerk.send('PUT', base, { baseRevision: 5, document: changed })).status).toBe(200);
    const list = (await (await sup.get(`/api/findings?year=2014`)).json()) as FindingsAnswer;
    const warning = list.units.find((u) => u.id === s.world.unitA)?.findings.find((f) => f.path === POSTCODE);
    expect(warning?.settled?.kind).toBe('reopened');
  });

  it('settles the same warning across units with one explanation, saying which could not be', async () => {
    const s = server();
    await submitted(s, 'clerkA', s.world.unitA, 2013);
    await submitted(s, 'clerkB', s.world.unitB, 2013);
    const sup = await s.as('supX');
    const answer = await sup.send('POST', '/api/settlements', {
      year: 2013,
      unitIds: [s.world.unitA, s.world.unitB, s.world.unitC],
      rule: 'R5',
      path: POSTCODE,
      state: 'verified',
      note: '本县邮编为五位。',
    });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { outcomes: unknown }).outcomes).toEqual([
      { unitId: s.world.unitA, ok: true },
      { unitId: s.world.unitB, ok: true },
      { unitId: s.world.unitC, ok: false, message: '没有找到这份报告。' },
    ]);
  });

  it('the clerk settles while editing, on the latest revision; a stale one is 409', async () => {
    const s = server();
    const clerk = await s.as('clerkA');
    const path = `/api/reports/${s.world.unitA}/2012`;
    const doc = setPath(setPath(sampleDraft(), 'meta.year', 2012), POSTCODE, '22330');
    expect((await clerk.send('PUT', path, { baseRevision: 0, document: doc })).status).toBe(200);
    const body = { rule: 'R5', path: POSTCODE, state: 'verified', note: '五位邮编无误。' };
    expect((await clerk.send('POST', `${path}/settlements`, { ...body, revision: 0 })).status).toBe(409);
    const ok = (await (await clerk.send('POST', `${path}/settlements`, { ...body, revision: 1 })).json()) as {
      revision: number;
      review: Review;
    };
    expect(ok.revision).toBe(2);
    expect(ok.review.settlements?.[0]).toMatchObject({ by: 'clerkA姓名', role: 'clerk', state: 'verified' });
  });
});
