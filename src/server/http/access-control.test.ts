import { expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import type { Draft } from '../../report/schema';
import { describeOnBothDatabases } from '../test/harness';
import type { Client, TestServer } from '../test/harness';

function draftFor(year: number): Draft {
  return setPath(sampleDraft(), 'meta.year', year);
}

async function create(clerk: Client, unitId: number, year: number, document: Draft = draftFor(year)) {
  const res = await clerk.send('PUT', `/api/reports/${unitId}/${year}`, { baseRevision: 0, document });
  expect(res.status).toBe(200);
  return (await res.json()) as { revision: number };
}

async function storedDocument(s: TestServer, unitId: number, year: number): Promise<Draft> {
  const [row] = await s.ownerDb.query<{ document: Draft }>(
    'SELECT document FROM reports WHERE unit_id = $1 AND year = $2',
    [unitId, year],
  );
  if (!row) throw new Error('no report stored');
  return row.document;
}

describeOnBothDatabases('access control', (server) => {
  it('a clerk of unit A reading unit B’s report gets 404, the same as a report that does not exist', async () => {
    const s = server();
    const clerkB = await s.as('clerkB');
    await create(clerkB, s.world.unitB, 2020);
    const clerkA = await s.as('clerkA');
    const other = await clerkA.get(`/api/reports/${s.world.unitB}/2020`);
    const missing = await clerkA.get(`/api/reports/999999/2020`);
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await other.json()).toEqual(await missing.json());
  });

  it('a clerk of unit A writing unit B’s report gets 404 and nothing is stored', async () => {
    const s = server();
    const clerkA = await s.as('clerkA');
    const res = await clerkA.send('PUT', `/api/reports/${s.world.unitB}/2021`, {
      baseRevision: 0,
      document: draftFor(2021),
    });
    expect(res.status).toBe(404);
    const rows = await s.ownerDb.query('SELECT 1 FROM reports WHERE unit_id = $1 AND year = 2021', [
      s.world.unitB,
    ]);
    expect(rows).toHaveLength(0);
  });

  it('a clerk’s unit list holds only their own unit', async () => {
    const s = server();
    const clerkA = await s.as('clerkA');
    const body = (await (await clerkA.get('/api/units?year=2020')).json()) as { units: { id: number }[] };
    expect(body.units.map((u) => u.id)).toEqual([s.world.unitA]);
  });

  it('a supervisor of county X opening a report of county Y gets 404', async () => {
    const s = server();
    const clerkC = await s.as('clerkC');
    await create(clerkC, s.world.unitC, 2022);
    const supX = await s.as('supX');
    expect((await supX.get(`/api/reports/${s.world.unitC}/2022`)).status).toBe(404);
    const units = (await (await supX.get('/api/units?year=2022')).json()) as { units: { id: number }[] };
    expect(units.units.map((u) => u.id).sort()).toEqual([s.world.unitA, s.world.unitB].sort());
    const supY = await s.as('supY');
    expect((await supY.get(`/api/reports/${s.world.unitC}/2022`)).status).toBe(200);
  });

  it('a supervisor of county X cannot return or approve a report of county Y (404)', async () => {
    const s = server();
    const clerkC = await s.as('clerkC');
    const { revision } = await create(clerkC, s.world.unitC, 2023);
    const submitted = await clerkC.send('POST', `/api/reports/${s.world.unitC}/2023/submit`, { revision });
    expect(submitted.status).toBe(200);
    const supX = await s.as('supX');
    const res = await supX.send('POST', `/api/reports/${s.world.unitC}/2023/approve`, {
      revision: revision + 1,
    });
    expect(res.status).toBe(404);
    expect(
      (
        await s.ownerDb.query<{ status: string }>(
          'SELECT status FROM reports WHERE unit_id = $1 AND year = 2023',
          [s.world.unitC],
        )
      )[0]?.status,
    ).toBe('submitted');
  });

  it('a city supervisor sees the units of both counties below it', async () => {
    const s = server();
    const supCity = await s.as('supCity');
    const units = (await (await supCity.get('/api/units?year=2020')).json()) as { units: { id: number }[] };
    expect(units.units.map((u) => u.id).sort()).toEqual([s.world.unitA, s.world.unitB, s.world.unitC].sort());
  });

  it('a clerk sending 审核通过 in the document is refused and it is never stored', async () => {
    const s = server();
    const clerkA = await s.as('clerkA');
    const forged: Draft = {
      ...draftFor(2024),
      review: {
        status: 'approved',
        comments: [],
        history: [{ status: 'approved', by: '审核人', at: '2026-01-10T00:00:00Z' }],
      },
    };
    const res = await clerkA.send('PUT', `/api/reports/${s.world.unitA}/2024`, {
      baseRevision: 0,
      document: forged,
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: string }).error).toContain('状态');
    expect(
      await s.ownerDb.query('SELECT 1 FROM reports WHERE unit_id = $1 AND year = 2024', [s.world.unitA]),
    ).toHaveLength(0);
  });

  it('a clerk sending a forged history (status unchanged) is refused; the stored history stays the server’s', async () => {
    const s = server();
    const clerkA = await s.as('clerkA');
    const { revision } = await create(clerkA, s.world.unitA, 2025);
    const submitted = (await (
      await clerkA.send('POST', `/api/reports/${s.world.unitA}/2025/submit`, { revision })
    ).json()) as {
      revision: number;
    };
    const withdrawn = (await (
      await clerkA.send('POST', `/api/reports/${s.world.unitA}/2025/withdraw`, {
        revision: submitted.revision,
      })
    ).json()) as { revision: number };
    const current = (await (await clerkA.get(`/api/reports/${s.world.unitA}/2025`)).json()) as {
      document: Draft;
    };
    const history = current.document.review?.history ?? [];
    expect(history.map((h) => h.status)).toEqual(['submitted', 'draft']);
    const forged: Draft = {
      ...current.document,
      review: {
        status: 'draft',
        comments: [],
        history: [{ status: 'approved', by: '审核人', at: '2026-01-10T00:00:00Z' }, ...history.slice(1)],
      },
    };
    const res = await clerkA.send('PUT', `/api/reports/${s.world.unitA}/2025`, {
      baseRevision: withdrawn.revision,
      document: forged,
    });
    expect(res.status).toBe(422);
    const stored = await storedDocument(s, s.world.unitA, 2025);
    expect(stored.review?.history.map((h) => h.status)).toEqual(['submitted', 'draft']);
    expect(stored.review?.history[0]?.by).toBe('clerkA姓名');
  });

  it('a clerk cannot approve their own report (403), only a supervisor can', async () => {
    const s = server();
    const clerkB = await s.as('clerkB');
    const { revision } = await create(clerkB, s.world.unitB, 2026);
    await clerkB.send('POST', `/api/reports/${s.world.unitB}/2026/submit`, { revision });
    const self = await clerkB.send('POST', `/api/reports/${s.world.unitB}/2026/approve`, {
      revision: revision + 1,
    });
    expect(self.status).toBe(403);
    const supX = await s.as('supX');
    const ok = await supX.send('POST', `/api/reports/${s.world.unitB}/2026/approve`, {
      revision: revision + 1,
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ revision: revision + 2, status: 'approved' });
  });

  it('a stale revision gets 409 with the current revision and document', async () => {
    const s = server();
    const clerkA = await s.as('clerkA');
    const second = await s.as('clerkA2');
    await create(clerkA, s.world.unitA, 2027);
    const theirs = setPath(draftFor(2027), 'overview.proactive', '第二位填报人写的');
    expect(
      (await second.send('PUT', `/api/reports/${s.world.unitA}/2027`, { baseRevision: 1, document: theirs }))
        .status,
    ).toBe(200);
    const mine = setPath(draftFor(2027), 'overview.proactive', '第一位填报人写的');
    const res = await clerkA.send('PUT', `/api/reports/${s.world.unitA}/2027`, {
      baseRevision: 1,
      document: mine,
    });
    expect(res.status).toBe(409);
    const body = (await res.json()) as {
      revision: number;
      document: Draft;
      savedBy: string;
      savedAt: string;
    };
    expect(body.revision).toBe(2);
    expect(body.document.overview.proactive).toBe('第二位填报人写的');
    // Who saved the server's copy, by name, and when (the conflict dialog says so).
    expect(body.savedBy).toBe('clerkA2姓名');
    expect(body.savedAt).toBe(s.clock.now().toISOString());
  });

  it('an approved report is locked: a save gets 403', async () => {
    const s = server();
    const clerkA = await s.as('clerkA');
    const { revision } = await create(clerkA, s.world.unitA, 2028);
    await clerkA.send('POST', `/api/reports/${s.world.unitA}/2028/submit`, { revision });
    const supX = await s.as('supX');
    await supX.send('POST', `/api/reports/${s.world.unitA}/2028/approve`, { revision: revision + 1 });
    const current = (await (await clerkA.get(`/api/reports/${s.world.unitA}/2028`)).json()) as {
      document: Draft;
      revision: number;
    };
    const res = await clerkA.send('PUT', `/api/reports/${s.world.unitA}/2028`, {
      baseRevision: current.revision,
      document: setPath(current.document, 'overview.proactive', '审核通过后偷偷改'),
    });
    expect(res.status).toBe(403);
  });

  it('a report with a broken 勾稽关系 cannot be submitted (422 with findings)', async () => {
    const s = server();
    const clerkB = await s.as('clerkB');
    const broken = setPath(draftFor(2029), 'applications.newReceived.legal', 5);
    const { revision } = await create(clerkB, s.world.unitB, 2029, broken);
    const res = await clerkB.send('POST', `/api/reports/${s.world.unitB}/2029/submit`, { revision });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { findings: { rule: string }[] };
    expect(body.findings.some((f) => f.rule === 'R3')).toBe(true);
  });

  it('a document that is not a valid draft gets 422 with findings', async () => {
    const s = server();
    const clerkB = await s.as('clerkB');
    const bad = setPath(draftFor(2030), 'proactive.licensing', -3);
    const res = await clerkB.send('PUT', `/api/reports/${s.world.unitB}/2030`, {
      baseRevision: 0,
      document: bad,
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { findings: { path: string }[] }).findings[0]?.path).toBe(
      'proactive.licensing',
    );
  });
});
