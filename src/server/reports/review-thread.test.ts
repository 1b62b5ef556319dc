import { expect, it } from 'vitest';
import { renderReportHtml } from '../../export/html';
import { buildReportDocument } from '../../export/report-document';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { lastReturn } from '../../report/review-round';
import type { Draft, Review } from '../../report/schema';
import type { Client, TestServer } from '../test/harness';
import { describeOnBothDatabases } from '../test/harness';

interface Body {
  revision: number;
  status: string;
  document: Draft;
  review?: Review;
  error?: string;
}
const json = async (r: Response) => (await r.json()) as Body;

/** A unit's report for `year`, saved and submitted by clerkA: [clerk, supervisor, path]. */
async function submitted(s: TestServer, year: number): Promise<[Client, Client, string]> {
  const clerk = await s.as('clerkA');
  const sup = await s.as('supX');
  const path = `/api/reports/${s.world.unitA}/${year}`;
  expect(
    (await clerk.send('PUT', path, { baseRevision: 0, document: setPath(sampleDraft(), 'meta.year', year) }))
      .status,
  ).toBe(200);
  expect((await clerk.send('POST', `${path}/submit`, { revision: 1 })).status).toBe(200);
  return [clerk, sup, path];
}

const CELL = 'proactive.licensing';

describeOnBothDatabases('comment threads and publication check', (server) => {
  it('supervisor comments on a cell and returns; the clerk replies (never a status), fixes and resubmits; the supervisor sees what changed', async () => {
    const s = server();
    const [clerk, sup, path] = await submitted(s, 2016);
    const notClerk = await clerk.send('POST', `${path}/comments`, {
      revision: 2,
      part: 'applications',
      path: CELL,
      text: 'x',
    });
    expect(notClerk.status).toBe(403);
    const badPlace = await sup.send('POST', `${path}/comments`, {
      revision: 2,
      part: 'overview',
      path: CELL,
      text: 'x',
    });
    expect(badPlace.status).toBe(422);
    const commented = await json(
      await sup.send('POST', `${path}/comments`, {
        revision: 2,
        part: 'proactive',
        path: CELL,
        text: '行政许可数请核对',
      }),
    );
    expect(commented.revision).toBe(3);
    const comment = commented.review?.comments[0];
    expect(comment).toMatchObject({ part: 'proactive', path: CELL, author: 'supX姓名', resolved: false });
    expect((await sup.send('POST', `${path}/return`, { revision: 3 })).status).toBe(200);

    const commentId = comment?.id ?? '';
    const replies = `${path}/comments/${commentId}/replies`;
    const tooLong = await clerk.send('POST', replies, { revision: 4, id: 'r1', text: '字'.repeat(2001) });
    expect(tooLong.status).toBe(400);
    const replied = await json(
      await clerk.send('POST', replies, { revision: 4, id: 'r1', text: '已核对，应为 41。' }),
    );
    expect(replied.revision).toBe(5);
    expect(replied.review?.status).toBe('returned');
    expect(replied.review?.comments[0]?.replies).toEqual([
      {
        id: 'r1',
        text: '已核对，应为 41。',
        author: 'clerkA姓名',
        role: 'clerk',
        at: s.clock.now().toISOString(),
      },
    ]);
    // The same reply again (a retry) changes nothing.
    expect(
      (await json(await clerk.send('POST', replies, { revision: 4, id: 'r1', text: '已核对，应为 41。' })))
        .revision,
    ).toBe(5);
    const stale = await clerk.send('POST', replies, { revision: 4, id: 'r2', text: '再说一句' });
    expect(stale.status).toBe(409);
    // A document that smuggles in a reply or a status is refused.
    const current = await json(await clerk.get(path));
    const forged = structuredClone(current.document);
    forged.review?.comments[0]?.replies?.push({
      id: 'r9',
      text: '假的',
      author: 'supX姓名',
      role: 'supervisor',
      at: s.clock.now().toISOString(),
    });
    expect((await clerk.send('PUT', path, { baseRevision: 5, document: forged })).status).toBe(422);

    const fixed = setPath(current.document, CELL, 1524);
    expect((await clerk.send('PUT', path, { baseRevision: 5, document: fixed })).status).toBe(200);
    expect((await clerk.send('POST', `${path}/submit`, { revision: 6 })).status).toBe(200);
    const again = await json(await sup.get(path));
    const kept = lastReturn(again.document);
    expect(kept?.snapshot.proactive.licensing).toBe(1523);
    expect(again.document.proactive.licensing).toBe(1524);
    const answer = await json(await sup.send('POST', replies, { revision: 7, id: 's1', text: '收到' }));
    expect(answer.review?.comments[0]?.replies?.map((r) => r.role)).toEqual(['clerk', 'supervisor']);

    const events = await s.ownerDb.query<{ action: string; login: string }>(
      `SELECT action, login FROM events WHERE object = $1 AND action IN ('comment', 'reply') AND result = 'ok' ORDER BY id`,
      [`report:${s.world.unitA}/2016`],
    );
    expect(events.map((e) => `${e.action}:${e.login}`)).toEqual([
      'comment:supX',
      'reply:clerkA',
      'reply:supX',
    ]);
  });

  it('a supervisor of another county cannot comment or reply (not found)', async () => {
    const s = server();
    const [, , path] = await submitted(s, 2015);
    const other = await s.as('supY');
    expect(
      (await other.send('POST', `${path}/comments`, { revision: 2, part: 'basics', text: 'x' })).status,
    ).toBe(404);
    const clerkC = await s.as('clerkC');
    expect(
      (await clerkC.send('POST', `${path}/comments/x/replies`, { revision: 2, id: 'r1', text: 'x' })).status,
    ).toBe(404);
  });

  it('checks the published page of an approved report and keeps the outcome in the audit log', async () => {
    const s = server();
    const [, sup, path] = await submitted(s, 2014);
    const check = `${path}/publication-check`;
    const draft = (await json(await sup.get(path))).document;
    const html = renderReportHtml(buildReportDocument(draft));
    const asFile = (text: string) => ({
      fileName: '发布页.html',
      contentBase64: Buffer.from(text).toString('base64'),
    });
    expect((await sup.send('POST', check, asFile(html))).status).toBe(422);
    expect((await sup.send('POST', `${path}/approve`, { revision: 2 })).status).toBe(200);

    const same = (await (await sup.send('POST', check, asFile(html))).json()) as { check: { same: boolean } };
    expect(same.check.same).toBe(true);
    const changed = html.replace(
      'data-path="proactive.licensing">1523<',
      'data-path="proactive.licensing">1532<',
    );
    const differs = (await (await sup.send('POST', check, asFile(changed))).json()) as {
      check: { same: boolean; numbers: { path: string; approved: number; published: number }[] };
    };
    expect(differs.check.numbers).toEqual([
      expect.objectContaining({ path: 'proactive.licensing', approved: 1523, published: 1532 }),
    ]);
    const clerk = await s.as('clerkA');
    expect((await clerk.send('POST', check, asFile(html))).status).toBe(403);

    const events = await s.ownerDb.query<{ result: string; detail: string }>(
      `SELECT result, detail FROM events WHERE object = $1 AND action = 'publication-check' ORDER BY id`,
      [`report:${s.world.unitA}/2014`],
    );
    expect(events.map((e) => e.result)).toEqual([
      expect.stringMatching(/^refused 422/),
      'ok',
      'differs',
      expect.stringMatching(/^refused 403/),
    ]);
    expect(events[1]?.detail).toBe('文件 发布页.html：一致');
    expect(events[2]?.detail).toContain('行政许可 · 本年处理决定数量：审核通过 1523，发布 1532');
  });
});
