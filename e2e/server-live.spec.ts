import type { APIRequestContext, Page } from '@playwright/test';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import { setPath } from '../src/report/paths';
import type { Draft } from '../src/report/schema';
import { reportingYear } from '../src/report/reporting-year';
import { syncStatus, origin, signedInPage } from './server-helpers';
import type { DemoServer } from './server-helpers';
import { expect, test } from './server-fixture';

// Issue 25 item 2: the open pages follow what the other person does — no reload anywhere below.
// The supervisor's review page and the desk's roster show the clerk's resubmission; the clerk's
// wizard and start page show the return and the supervisor's new comments; text being typed on
// either side stays. The pages ask every few seconds: each check waits on the page's condition.
const YEAR = reportingYear();
const UNIT = '演示县人民政府办公室';
const CELL = 'proactive.licensing';
/** Long enough for a poll or two on this shared machine; never a measure of how fast. */
const LIVE = { timeout: 30_000 };

test.describe.configure({ timeout: 240_000 });

async function onServer(server: DemoServer, request: APIRequestContext) {
  const res = await request.get(`${server.url}api/reports/1/${YEAR}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as { revision: number; status: string; document: Draft };
}

async function submitOwnReport(server: DemoServer, clerk: Page) {
  await clerk.goto(`${server.url}#/report/srv-1-${YEAR}/check`);
  await clerk.getByRole('button', { name: '提交审核' }).click();
  await expect
    .poll(async () => (await onServer(server, clerk.request)).status, { timeout: 30_000 })
    .toBe('submitted');
}

test('each side sees the other’s status change, comments and replies without a reload, and keeps what it types', async ({
  server,
  browser,
}) => {
  // The clerk's report, submitted; her wizard open in one tab, her start page in another.
  const clerk = await signedInPage(server, browser, 'clerk1', 768);
  const put = await clerk.request.put(`${server.url}api/reports/1/${YEAR}`, {
    headers: { origin: origin(server) },
    data: {
      baseRevision: 0,
      document: setPath(setPath(sampleDraft(), 'meta.year', YEAR), 'meta.agencyName', UNIT),
    },
  });
  expect(put.status()).toBe(200);
  await clerk.getByRole('button', { name: new RegExp(`${YEAR} 年度报告`) }).click();
  await expect(syncStatus(clerk)).toContainText('已保存到服务器');
  await submitOwnReport(server, clerk);
  await clerk.goto(`${server.url}#/report/srv-1-${YEAR}/proactive`);
  await expect(clerk.getByRole('region', { name: '已提交审核' })).toBeVisible();
  const clerkStart = await clerk.context().newPage();
  await clerkStart.goto(server.url);
  const startRow = clerkStart.getByRole('row', { name: new RegExp(UNIT) });
  await expect(startRow).toContainText('已提交审核');

  // The supervisor: the desk's roster in one tab, the unit's review page in another.
  const roster = await signedInPage(server, browser, 'supervisor', 768);
  const rosterRow = roster.locator(`tr[data-unit="${UNIT}"]`);
  await expect(rosterRow).toContainText('已提交审核');
  const boss = await roster.context().newPage();
  await boss.goto(`${server.url}#/server-review/1/${YEAR}`);
  await expect(boss.getByText('当前状态：已提交审核')).toBeVisible();

  // The supervisor comments on a cell and returns the report.
  await boss.locator(`.review-report [data-path="${CELL}"]`).click();
  await boss.getByLabel('意见', { exact: true }).fill('行政许可决定数与台账不符，请核对。');
  await boss.getByRole('button', { name: '添加意见' }).click();
  await expect(boss.locator('.comment-list')).toContainText('行政许可决定数与台账不符，请核对。');
  await boss.getByLabel('审核说明（可选，退回时填报人会看到）').fill('请按意见修改后重新提交。');
  await boss.getByRole('button', { name: '退回修改' }).click();
  await expect(boss.getByText('当前状态：退回修改')).toBeVisible();

  // The clerk's open wizard shows the return and the comment; her start page and the roster the status.
  const banner = clerk.getByRole('region', { name: '报告已退回修改' });
  await expect(banner).toContainText('行政许可决定数与台账不符，请核对。', LIVE);
  await expect(clerk.getByRole('region', { name: '已提交审核' })).toHaveCount(0);
  await expect(clerk.locator('.step-comments')).toContainText('行政许可决定数与台账不符，请核对。');
  await expect(startRow).toContainText('退回修改', LIVE);
  await expect(rosterRow).toContainText('退回修改', LIVE);

  // The clerk types in a field; a new comment arrives meanwhile: it shows, and the field keeps
  // the focus and the text, and takes what she types next.
  await clerk.goto(`${server.url}#/report/srv-1-${YEAR}/overview`);
  const box = clerk.locator('[name="overview.proactive"]');
  await box.click();
  await box.press('Control+End');
  await box.pressSequentially('（补充一句）');
  await expect
    .poll(async () => (await onServer(server, clerk.request)).document.overview.proactive, LIVE)
    .toMatch(/（补充一句）$/);
  const { revision } = await onServer(server, boss.request);
  const comment = await boss.request.post(`${server.url}api/reports/1/${YEAR}/comments`, {
    headers: { origin: origin(server) },
    data: { revision, part: 'overview', text: '概述请写明本年度政务公开工作要点。' },
  });
  expect(comment.status()).toBe(200);
  await expect(clerk.locator('.step-comments')).toContainText('概述请写明本年度政务公开工作要点。', LIVE);
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(/（补充一句）$/);
  await box.pressSequentially('再补一句。');
  await expect(box).toHaveValue(/（补充一句）再补一句。$/);
  await box.blur();
  await expect
    .poll(async () => (await onServer(server, clerk.request)).document.overview.proactive, LIVE)
    .toMatch(/（补充一句）再补一句。$/);
  await expect(syncStatus(clerk)).toContainText('已保存到服务器');

  // The supervisor starts typing a comment; the clerk replies and resubmits. The open review
  // page shows the new status and the reply, and the half-typed comment is still there.
  await boss.getByLabel('意见', { exact: true }).fill('尚未写完的意见');
  await clerk.goto(`${server.url}#/report/srv-1-${YEAR}/proactive`);
  const notes = clerk.locator('.step-comments');
  await notes.getByRole('button', { name: '回复', exact: true }).click();
  await notes.getByLabel('回复这条意见').fill('已与台账核对，已改正。');
  await notes.getByRole('button', { name: '发送回复' }).click();
  await expect(notes).toContainText('已与台账核对，已改正。');
  await submitOwnReport(server, clerk);
  await expect(boss.getByText('当前状态：已提交审核')).toBeVisible(LIVE);
  await expect(boss.locator('.comment-list')).toContainText('已与台账核对，已改正。', LIVE);
  await expect(boss.getByRole('alert').filter({ hasText: '这份报告刚刚有了更新' })).toBeVisible();
  await expect(boss.getByLabel('意见', { exact: true })).toHaveValue('尚未写完的意见');
  await expect(rosterRow).toContainText('已提交审核', LIVE);
  await expect(startRow).toContainText('已提交审核', LIVE);

  // What the page said of the supervisor's own return no longer holds: it is gone.
  await expect(boss.getByText('已退回修改。')).toHaveCount(0);
  // Last round's 审核说明 is not offered again for this decision.
  await expect(boss.getByLabel('审核说明（可选，退回时填报人会看到）')).toHaveValue('');
  await boss.evaluate(() => window.scrollTo(0, 0));
  await boss.screenshot({ path: '/tmp/shots/live/review-updated-1366.png' });
  await boss.setViewportSize({ width: 1024, height: 768 });
  await boss.evaluate(() => window.scrollTo(0, 0));
  await boss.screenshot({ path: '/tmp/shots/live/review-updated-1024.png' });
  await roster.screenshot({ path: '/tmp/shots/live/roster-updated-1366.png' });
});

test('a preamble emptied on another PC is written again from 基本信息 on whatever step is open', async ({
  server,
  browser,
}) => {
  const clerk = await signedInPage(server, browser, 'clerk1', 768);
  const document = setPath(
    setPath(setPath(sampleDraft(), 'meta.year', YEAR), 'meta.agencyName', UNIT),
    'meta.preamble',
    '',
  );
  const put = await clerk.request.put(`${server.url}api/reports/1/${YEAR}`, {
    headers: { origin: origin(server) },
    data: { baseRevision: 0, document },
  });
  expect(put.status()).toBe(200);
  await clerk.getByRole('button', { name: new RegExp(`${YEAR} 年度报告`) }).click();
  const written = async () => (await onServer(server, clerk.request)).document.meta.preamble;
  await expect.poll(written, LIVE).toContain(`由${UNIT}编制`);
  // The clerk moves on to 检查与提交, where no preamble field is shown; another PC empties it.
  await clerk.goto(`${server.url}#/report/srv-1-${YEAR}/check`);
  await expect(clerk.getByRole('button', { name: '提交审核' })).toBeVisible();
  await expect(syncStatus(clerk)).toContainText('已保存到服务器');
  const { revision } = await onServer(server, clerk.request);
  const emptied = await clerk.request.put(`${server.url}api/reports/1/${YEAR}`, {
    headers: { origin: origin(server) },
    data: { baseRevision: revision, document },
  });
  expect(emptied.status()).toBe(200);
  await expect.poll(written, LIVE).toContain(`由${UNIT}编制`);
  await expect(syncStatus(clerk)).toContainText('已保存到服务器');
});
