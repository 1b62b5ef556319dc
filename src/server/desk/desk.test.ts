import { expect, it } from 'vitest';
import { sumCsv } from '../../batch/sum-csv';
import { sumDrafts } from '../../batch/sum-drafts';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { checkDraft } from '../../report/rules/check-draft';
import type { Draft } from '../../report/schema';
import type { Client, TestServer } from '../test/harness';
import { describeOnBothDatabases } from '../test/harness';
import { migrate } from '../db/migrate';
import { NUMERIC_FIELDS } from '../../report/numeric-fields';
import type { FindingsAnswer, RosterAnswer, SumAnswer } from '../../api-contract/desk-endpoints';
import {
  findingsList,
  reconcileRegion,
  regionSum,
  roster,
  yearFigures,
} from '../../api-contract/desk-endpoints';

const draftFor = (year: number, natural = 40): Draft =>
  setPath(
    setPath(setPath(sampleDraft(), 'meta.year', year), 'applications.newReceived.natural', natural),
    // Keeps 勾稽关系 balanced: the extra requests are answered as 予以公开.
    'applications.results.disclosed.natural',
    18 + natural - 40,
  );

async function save(clerk: Client, unitId: number, year: number, draft: Draft): Promise<number> {
  const res = await clerk.send('PUT', `/api/reports/${unitId}/${year}`, { baseRevision: 0, document: draft });
  expect(res.status).toBe(200);
  return ((await res.json()) as { revision: number }).revision;
}

async function approveReport(
  s: TestServer,
  clerkLogin: string,
  supLogin: string,
  unitId: number,
  year: number,
  draft: Draft,
) {
  const clerk = await s.as(clerkLogin);
  const sup = await s.as(supLogin);
  const rev = await save(clerk, unitId, year, draft);
  expect((await clerk.send('POST', `/api/reports/${unitId}/${year}/submit`, { revision: rev })).status).toBe(
    200,
  );
  expect(
    (await sup.send('POST', `/api/reports/${unitId}/${year}/approve`, { revision: rev + 1 })).status,
  ).toBe(200);
}

async function json<T>(res: Response): Promise<T> {
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

describeOnBothDatabases('supervisor desk', (server) => {
  it("a county supervisor's roster lists only their county's units, with status, last change and counts", async () => {
    const s = server();
    const year = 2030;
    const clerkA = await s.as('clerkA');
    const before = await json<RosterAnswer>(await (await s.as('supX')).get(`/api/roster?year=${year}`));
    expect(before.units.map((u) => u.id).sort()).toEqual([s.world.unitA, s.world.unitB].sort());
    expect(before.units.every((u) => u.status === null)).toBe(true);
    await save(clerkA, s.world.unitA, year, setPath(draftFor(year), 'applications.newReceived.natural', 41));
    const after = await json<RosterAnswer>(await (await s.as('supX')).get(`/api/roster?year=${year}`));
    const a = after.units.find((u) => u.id === s.world.unitA);
    expect(a).toMatchObject({
      status: 'draft',
      revision: 1,
      updatedBy: 'clerkA姓名',
      regionId: s.world.countyX,
    });
    // One unbalanced column: 勾稽关系 is an error the roster counts.
    expect(a?.errors).toBeGreaterThan(0);
    expect(a?.updatedAt).toBe(s.clock.now().toISOString());
    expect(after.regions.map((g) => [g.name, g.depth, g.canSetDeadline])).toEqual([
      ['甲县', 0, true],
      ['测试市', -1, false],
      ['测试省', -2, false],
    ]);
    const other = await json<RosterAnswer>(await (await s.as('supY')).get(`/api/roster?year=${year}`));
    expect(other.units.map((u) => u.id)).toEqual([s.world.unitC]);
    expect((await clerkA.get(`/api/roster?year=${year}`)).status).toBe(403);
  });

  it('a city supervisor sees both counties, grouped under their regions', async () => {
    const s = server();
    const r = await json<RosterAnswer>(await (await s.as('supCity')).get('/api/roster?year=2030'));
    expect(r.regions.filter((g) => g.depth >= 0).map((g) => [g.name, g.depth])).toEqual([
      ['测试市', 0],
      ['甲县', 1],
      ['乙县', 1],
    ]);
    expect(r.units.map((u) => u.regionId).sort()).toEqual(
      [s.world.countyX, s.world.countyX, s.world.countyY].sort(),
    );
  });

  it('deadlines: set only within the scope, inherited from above, audited; overdue until submitted', async () => {
    const s = server();
    const year = 2031;
    const supX = await s.as('supX');
    const supCity = await s.as('supCity');
    // The clock stands at 2026-01-15 (harness): a deadline of the 10th has passed.
    expect(
      (await supCity.send('PUT', `/api/deadlines/${s.world.city}/${year}`, { deadline: '2026-01-10' }))
        .status,
    ).toBe(200);
    expect(
      (await supX.send('PUT', `/api/deadlines/${s.world.city}/${year}`, { deadline: '2026-02-01' })).status,
    ).toBe(404);
    expect(
      (await supX.send('PUT', `/api/deadlines/${s.world.countyY}/${year}`, { deadline: '2026-02-01' }))
        .status,
    ).toBe(404);
    expect(
      (
        await (
          await s.as('clerkA')
        ).send('PUT', `/api/deadlines/${s.world.countyX}/${year}`, { deadline: '2026-02-01' })
      ).status,
    ).toBe(404);
    expect(
      (await supX.send('PUT', `/api/deadlines/${s.world.countyX}/${year}`, { deadline: '2026-02-30' }))
        .status,
    ).toBe(400);

    const inherited = await json<RosterAnswer>(await supX.get(`/api/roster?year=${year}`));
    expect(inherited.units.map((u) => [u.deadline, u.overdue])).toEqual([
      ['2026-01-10', true],
      ['2026-01-10', true],
    ]);
    // The county's own deadline wins over the city's.
    expect(
      (await supX.send('PUT', `/api/deadlines/${s.world.countyX}/${year}`, { deadline: '2026-01-31' }))
        .status,
    ).toBe(200);
    const own = await json<RosterAnswer>(await supX.get(`/api/roster?year=${year}`));
    expect(own.units.map((u) => [u.deadline, u.overdue])).toEqual([
      ['2026-01-31', false],
      ['2026-01-31', false],
    ]);
    expect(own.regions.find((g) => g.id === s.world.city)?.deadline).toBe('2026-01-10');
    const city = await json<RosterAnswer>(await supCity.get(`/api/roster?year=${year}`));
    expect(city.units.find((u) => u.id === s.world.unitC)).toMatchObject({
      deadline: '2026-01-10',
      overdue: true,
    });

    // A submitted report is not overdue.
    const clerkC = await s.as('clerkC');
    const rev = await save(clerkC, s.world.unitC, year, draftFor(year));
    await clerkC.send('POST', `/api/reports/${s.world.unitC}/${year}/submit`, { revision: rev });
    const later = await json<RosterAnswer>(await supCity.get(`/api/roster?year=${year}`));
    expect(later.units.find((u) => u.id === s.world.unitC)).toMatchObject({
      status: 'submitted',
      overdue: false,
    });

    const events = await s.ownerDb.query<{ login: string; object: string; detail: string; result: string }>(
      "SELECT login, object, detail, result FROM events WHERE action = 'set-deadline' AND object LIKE $1 ORDER BY id",
      [`%/${year}`],
    );
    expect(events).toEqual([
      { login: 'supCity', object: `region:${s.world.city}/${year}`, detail: '2026-01-10', result: 'ok' },
      { login: 'supX', object: `region:${s.world.countyX}/${year}`, detail: '2026-01-31', result: 'ok' },
    ]);
    // Cleared: the county follows the city again.
    expect(
      (await supX.send('PUT', `/api/deadlines/${s.world.countyX}/${year}`, { deadline: null })).status,
    ).toBe(200);
    const cleared = await json<RosterAnswer>(await supX.get(`/api/roster?year=${year}`));
    expect(cleared.units.map((u) => u.deadline)).toEqual(['2026-01-10', '2026-01-10']);
  });

  it('汇总: approved reports only, the rest left out with the reason; a city sees each county as a subtotal', async () => {
    const s = server();
    const year = 2032;
    const a = draftFor(year, 40);
    const c = draftFor(year, 50);
    await approveReport(s, 'clerkA', 'supX', s.world.unitA, year, a);
    await approveReport(s, 'clerkC', 'supY', s.world.unitC, year, c);
    await save(await s.as('clerkB'), s.world.unitB, year, draftFor(year, 45));

    const supX = await s.as('supX');
    const x = await json<SumAnswer>(await supX.get(`/api/sum?region=${s.world.countyX}&year=${year}`));
    expect(x.units.map((u) => u.id)).toEqual([s.world.unitA]);
    expect(x.leftOut.map((u) => [u.id, u.reason])).toEqual([
      [s.world.unitB, '报告状态为“草稿”，只汇总审核通过的报告'],
    ]);
    expect(sumCsv(x.document)).toBe(sumCsv(sumDrafts([a], '甲县', year)));
    expect(x.parent).toBeNull();
    expect((await supX.get(`/api/sum?region=${s.world.countyY}&year=${year}`)).status).toBe(404);
    expect((await supX.get(`/api/sum?region=${s.world.city}&year=${year}`)).status).toBe(404);

    const city = await json<SumAnswer>(
      await (await s.as('supCity')).get(`/api/sum?region=${s.world.city}&year=${year}`),
    );
    expect(city.units.map((u) => u.id).sort()).toEqual([s.world.unitA, s.world.unitC].sort());
    expect(sumCsv(city.document)).toBe(sumCsv(sumDrafts([a, c], '测试市', year)));
    expect(city.document.applications.newReceived.natural).toBe(90);
    expect(city.children.map((g) => [g.name, g.included, g.leftOut])).toEqual([
      ['甲县', 1, 1],
      ['乙县', 1, 0],
    ]);
    const y = await json<SumAnswer>(
      await (await s.as('supCity')).get(`/api/sum?region=${s.world.countyY}&year=${year}`),
    );
    expect(y.parent).toEqual({ id: s.world.city, name: '测试市' });
    expect(y.document.applications.newReceived.natural).toBe(50);
  });

  it('the subtotals CSV has every level under the region and nothing of another county', async () => {
    const s = server();
    const year = 2032;
    const res = await (
      await s.as('supCity')
    ).get(`/api/sum/subtotals.csv?region=${s.world.city}&year=${year}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    // Read as bytes: Response.text() would drop the BOM the CSV starts with.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    const natural = (region: string) =>
      text.split('\r\n').find((l) => l.startsWith(`${region},`) && l.includes(',二,'));
    expect(text.startsWith('\uFEFF地区,层级,表格,项目')).toBe(true);
    expect(natural('测试市')).toBeDefined();
    expect(natural('甲县')).toBeDefined();
    expect(natural('乙县')).toBeDefined();
    const own = await (
      await s.as('supX')
    ).get(`/api/sum/subtotals.csv?region=${s.world.countyX}&year=${year}`);
    const ownText = await own.text();
    expect(ownText).toContain('甲县,县,');
    expect(ownText).not.toContain('乙县');
    expect(ownText).not.toContain('测试市');
    expect(
      (await (await s.as('supX')).get(`/api/sum/subtotals.csv?region=${s.world.countyY}&year=${year}`))
        .status,
    ).toBe(404);
  });

  it("问题清单: each unit's findings are the core's checkDraft; a county supervisor never sees another county", async () => {
    const s = server();
    const year = 2033;
    const broken = setPath(draftFor(year), 'applications.newReceived.natural', 47);
    await save(await s.as('clerkB'), s.world.unitB, year, broken);
    await save(
      await s.as('clerkC'),
      s.world.unitC,
      year,
      setPath(draftFor(year), 'applications.newReceived.natural', 1),
    );
    const supX = await s.as('supX');
    const list = await json<FindingsAnswer>(await supX.get(`/api/findings?year=${year}`));
    expect(list.units.map((u) => u.id).sort()).toEqual([s.world.unitA, s.world.unitB].sort());
    const b = list.units.find((u) => u.id === s.world.unitB);
    const expected = checkDraft(broken);
    expect(expected.some((f) => f.rule === 'R3')).toBe(true);
    expect(b?.findings.map((f) => [f.rule, f.path, f.message])).toEqual(
      expected.map((f) => [f.rule, f.path, f.message]),
    );
    expect(list.units.find((u) => u.id === s.world.unitA)).toMatchObject({ status: null, findings: [] });
    expect((await supX.get(`/api/findings?year=${year}&region=${s.world.countyY}`)).status).toBe(404);
    expect((await (await s.as('clerkB')).get(`/api/findings?year=${year}`)).status).toBe(404);
    const city = await json<FindingsAnswer>(await (await s.as('supCity')).get(`/api/findings?year=${year}`));
    expect(city.units.map((u) => u.id).sort()).toEqual([s.world.unitA, s.world.unitB, s.world.unitC].sort());
  });

  it('问题清单 pages: `limit` units from the first, the counts over the whole region, no other county', async () => {
    const s = server();
    const year = 2033;
    const supX = await s.as('supX');
    const page = await json<FindingsAnswer>(await supX.get(`/api/findings?year=${year}&limit=1`));
    expect(page.total).toBe(2);
    expect(page.units).toHaveLength(1);
    // unitB's report (saved in the test above) has errors; unitA has none.
    expect(page.summary.withProblems).toBe(1);
    expect(page.summary.errors).toBeGreaterThan(0);
    const city = await json<FindingsAnswer>(
      await (await s.as('supCity')).get(`/api/findings?year=${year}&limit=2`),
    );
    expect(city.total).toBe(3);
    expect(city.units).toHaveLength(2);
    expect((await supX.get(`/api/findings?year=${year}&limit=0`)).status).toBe(400);
  });

  it('each revision keeps its figures and findings beside it; reports written before are filled in at start', async () => {
    const s = server();
    const year = 2034;
    await save(await s.as('clerkA'), s.world.unitA, year, draftFor(year, 47));
    const stored = async () => {
      const [row] = await s.ownerDb.query<{
        figures: (number | string | null)[] | null;
        findings: unknown[] | null;
      }>('SELECT figures, findings FROM reports WHERE unit_id = $1 AND year = $2', [s.world.unitA, year]);
      return row;
    };
    const natural = NUMERIC_FIELDS.findIndex((f) => f.path === 'applications.newReceived.natural');
    const first = await stored();
    expect(Number(first?.figures?.[natural])).toBe(47);
    expect(first?.findings).toEqual(JSON.parse(JSON.stringify(checkDraft(draftFor(year, 47)))));
    await s.ownerDb.query(
      'UPDATE reports SET figures = NULL, findings = NULL WHERE unit_id = $1 AND year = $2',
      [s.world.unitA, year],
    );
    await migrate(s.ownerDb);
    expect(await stored()).toEqual(first);
  });

  it('the roster pages: `limit` units from the first, the counts per status over the whole region', async () => {
    const s = server();
    const year = 2035;
    await save(await s.as('clerkB'), s.world.unitB, year, draftFor(year));
    const city = await json<RosterAnswer>(
      await (await s.as('supCity')).get(`/api/roster?year=${year}&limit=1`),
    );
    expect(city.units).toHaveLength(1);
    expect(city.total).toBe(3);
    expect(city.counts).toMatchObject({ none: 2, draft: 1, returned: 0, submitted: 0, approved: 0 });
    const x = await json<RosterAnswer>(await (await s.as('supX')).get(`/api/roster?year=${year}`));
    expect(x.units.map((u) => u.id).sort()).toEqual([s.world.unitA, s.world.unitB].sort());
    expect(x.total).toBe(2);
  });

  it('汇总 follows a report out when its approval is reopened, and back in when approved again', async () => {
    const s = server();
    const year = 2036;
    const a = draftFor(year, 44);
    await approveReport(s, 'clerkA', 'supX', s.world.unitA, year, a);
    const supX = await s.as('supX');
    const sum = async () =>
      json<SumAnswer>(await supX.get(`/api/sum?region=${s.world.countyX}&year=${year}`));
    expect((await sum()).document.applications.newReceived.natural).toBe(44);
    // approveReport saved revision 1, submitted (2), approved (3)
    const reopened = await supX.send('POST', `/api/reports/${s.world.unitA}/${year}/reopen`, {
      revision: 3,
      comment: '数字需要核对',
    });
    expect(reopened.status).toBe(200);
    const after = await sum();
    expect(after.unitsTotal).toBe(0);
    expect(after.document.applications.newReceived.natural).toBe(0);
    expect(after.leftOutTotal).toBe(2);
  });

  it('a county supervisor’s pages of the roster and the 问题清单, at any size, hold only their county', async () => {
    const s = server();
    const year = 2037;
    await save(await s.as('clerkC'), s.world.unitC, year, draftFor(year));
    await save(await s.as('clerkA'), s.world.unitA, year, draftFor(year));
    const supX = await s.as('supX');
    const county = [s.world.unitA, s.world.unitB];
    for (const limit of [1, 2, 3]) {
      const rosterPage = await json<RosterAnswer>(await supX.get(`/api/roster?year=${year}&limit=${limit}`));
      const findingsPage = await json<FindingsAnswer>(
        await supX.get(`/api/findings?year=${year}&limit=${limit}`),
      );
      for (const page of [rosterPage, findingsPage]) {
        expect(page.total).toBe(2);
        expect(page.units).toHaveLength(Math.min(limit, 2));
        expect(page.units.every((u) => county.includes(u.id))).toBe(true);
      }
    }
  });

  it('a refused save (a stale base revision) leaves the stored figures as they were', async () => {
    const s = server();
    const year = 2038;
    const clerk = await s.as('clerkA');
    await save(clerk, s.world.unitA, year, draftFor(year, 47));
    const refused = await clerk.send('PUT', `/api/reports/${s.world.unitA}/${year}`, {
      baseRevision: 0,
      document: draftFor(year, 52),
    });
    expect(refused.status).toBe(409);
    const natural = NUMERIC_FIELDS.findIndex((f) => f.path === 'applications.newReceived.natural');
    const [row] = await s.ownerDb.query<{ figures: (number | string | null)[] | null; revision: number }>(
      'SELECT figures, revision FROM reports WHERE unit_id = $1 AND year = $2',
      [s.world.unitA, year],
    );
    expect([Number(row?.figures?.[natural]), row?.revision]).toEqual([47, 1]);
  });

  it('every answer of the desk matches the contract the desk’s pages check it against', async () => {
    const s = server();
    const year = 2039;
    await approveReport(s, 'clerkA', 'supX', s.world.unitA, year, draftFor(year, 44));
    const supX = await s.as('supX');
    const region = s.world.countyX;
    const asked = [
      [roster, roster.path({ year, limit: 2 })],
      [regionSum, regionSum.path({ region, year })],
      [findingsList, findingsList.path({ year, region, limit: 2 })],
      [yearFigures, yearFigures.path({ year, region })],
      [reconcileRegion, reconcileRegion.path({ year, region, own: s.world.unitA, includeOwn: true })],
    ] as const;
    for (const [endpoint, path] of asked) {
      const body: unknown = await json(await supX.get(`/api${path}`));
      const parsed = endpoint.response.safeParse(body);
      expect(parsed.success ? path : [path, parsed.error.issues]).toBe(path);
    }
  });
});
