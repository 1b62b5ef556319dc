import type { APIRequestContext, Page } from '@playwright/test';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import type { Draft } from '../src/report/schema';
import { signIn, syncStatus } from './server-helpers';
import { queuedCalls } from './storage-helpers';
import type { DemoServer } from './server-helpers';
import { expect, test } from './server-fixture';
import { reportingYear } from '../src/report/reporting-year';

// The shared deployment: the real server (npm run server -- --demo) on its own port, one per test.
const YEAR = reportingYear();
const PROSE = 'overview.proactive';

// Each test starts (and one restarts) a real server with argon2id sign-ins: a longer timeout.
test.describe.configure({ timeout: 150_000 });

/** The report of clerk1's unit (unit 1) as the server has it. */
async function serverReport(server: DemoServer, request: APIRequestContext) {
  const res = await request.get(`${server.url}api/reports/1/${YEAR}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as { revision: number; status: string; document: Draft };
}

async function openReport(server: DemoServer, page: Page, step = 'overview') {
  await page.getByRole('button', { name: new RegExp(`${YEAR} 年度报告`) }).click();
  await expect(page).toHaveURL(/#\/report\/srv-1-\d{4}\/basics$/);
  // 基本信息 fills the preamble in as it opens (a change that is saved): let it, before moving on.
  await expect(page.locator('[name="meta.preamble"]')).not.toHaveValue('');
  await expect(syncStatus(page)).toContainText('已保存到服务器');
  await page.goto(`${server.url}#/report/srv-1-${YEAR}/${step}`);
}

test('a clerk signs in, fills the report and submits it through the server', async ({ server, page }) => {
  await signIn(page, server, 'clerk1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('演示县人民政府办公室的年度报告');
  await page.screenshot({ path: '/tmp/server-start.png' });
  // The numbers come in as the clerk's own first save (a complete, balanced report).
  const start = await page.request.put(`${server.url}api/reports/1/${YEAR}`, {
    headers: { origin: server.url.replace(/\/$/, '') },
    data: { baseRevision: 0, document: { ...sampleDraft(), meta: { ...sampleDraft().meta, year: YEAR } } },
  });
  expect(start.status()).toBe(200);
  await page.reload();
  await openReport(server, page);
  await page.locator(`[id="${PROSE}"]`).fill('本年度通过政府网站主动公开信息 120 条。');
  await expect
    .poll(async () => (await serverReport(server, page.request)).document.overview.proactive, {
      timeout: 30_000,
    })
    .toBe('本年度通过政府网站主动公开信息 120 条。');
  await page.goto(`${server.url}#/report/srv-1-${YEAR}/check`);
  // On the server nobody types who submits, and no file is sent: the report goes through the server.
  const panel = page.getByRole('region', { name: '提交审核', exact: true });
  await expect(panel.getByLabel('填报人', { exact: true })).toHaveCount(0);
  await expect(panel).toContainText('通过服务器直接送交审核人');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(panel.getByRole('status')).toHaveText(/已通过服务器送交审核人/);
  await expect(panel).not.toContainText('保存草稿文件');
  await page.screenshot({ path: '/tmp/server-submitted.png' });
  await expect
    .poll(async () => (await serverReport(server, page.request)).status, { timeout: 30_000 })
    .toBe('submitted');
  const stored = await serverReport(server, page.request);
  expect(stored.document.overview.proactive).toBe('本年度通过政府网站主动公开信息 120 条。');
  // The history is the server's: the signed-in user's name, whatever the form said.
  expect(stored.document.review?.history.map((h) => [h.status, h.by])).toEqual([['submitted', '填报人1']]);
  await expect(syncStatus(page)).toContainText('已保存到服务器');
});

test('the server is killed in the middle of typing and restarted: nothing is lost, the header catches up', async ({
  server,
  page,
}) => {
  await signIn(page, server, 'clerk1');
  await openReport(server, page);
  const box = page.locator(`[id="${PROSE}"]`);
  await box.pressSequentially('服务器停止之前');
  await expect
    .poll(async () => (await serverReport(server, page.request)).document.overview.proactive, {
      timeout: 30_000,
    })
    .toBe('服务器停止之前');
  await server.kill();
  await box.pressSequentially('，停止之后继续写');
  await expect(syncStatus(page)).toContainText('已保存到本机，尚未同步');
  await page.screenshot({ path: '/tmp/server-offline.png' });
  await box.pressSequentially('，还在写');
  await server.start();
  await expect(syncStatus(page)).toContainText('已保存到服务器', { timeout: 30_000 });
  const stored = await serverReport(server, page.request);
  expect(stored.document.overview.proactive).toBe('服务器停止之前，停止之后继续写，还在写');
  await page.reload();
  await expect(box).toHaveValue('服务器停止之前，停止之后继续写，还在写');
});

test('a second browser edits the same report: the conflict shows both versions and nothing is lost', async ({
  server,
  browser,
  page,
}) => {
  await signIn(page, server, 'clerk1');
  await openReport(server, page);
  const box = page.locator(`[id="${PROSE}"]`);
  // Saved with everything the first browser has (the preamble 基本信息 filled in, too), so the
  // second browser opens a report with nothing to fill in and save of its own.
  await box.fill('第一个浏览器写的');
  await expect
    .poll(async () => (await serverReport(server, page.request)).document.overview.proactive, {
      timeout: 30_000,
    })
    .toBe('第一个浏览器写的');
  const other = await browser.newContext();
  const second = await other.newPage();
  await signIn(second, server, 'clerk1');
  await openReport(server, second);
  await expect(second.locator(`[id="${PROSE}"]`)).toHaveValue('第一个浏览器写的');

  // The first browser writes on; the second one's copy is now behind the server's.
  await box.fill('第一个浏览器写的，又改了');
  await expect
    .poll(async () => (await serverReport(server, page.request)).document.overview.proactive, {
      timeout: 30_000,
    })
    .toBe('第一个浏览器写的，又改了');
  await expect(syncStatus(page)).toContainText('已保存到服务器');
  await second.locator(`[id="${PROSE}"]`).fill('第二个浏览器写的');
  await expect(syncStatus(second)).toContainText('同步冲突', { timeout: 30_000 });
  // Issue 25 item 5: what is only on this PC is said across the page, not only in the header.
  const localOnly = second.getByRole('region', { name: '只保存在本机' });
  await expect(localOnly).toContainText('您的修改只保存在本机（这台电脑），还没有保存到服务器');
  await second.setViewportSize({ width: 1024, height: 768 });
  await second.screenshot({ path: '/tmp/shots/admin/local-only-banner-1024.png' });
  await second.setViewportSize({ width: 1366, height: 768 });
  await localOnly.getByRole('button', { name: '查看两个版本并选择' }).click();
  const dialog = second.getByRole('dialog', { name: /同步冲突/ });
  // No “他人” it cannot know: who saved each copy and when (here the same clerk, on two PCs).
  await expect(dialog.getByRole('alert')).toContainText('本机的修改只保存在这台电脑上');
  await expect(dialog).not.toContainText('他人');
  const copies = dialog.locator('.conflict-copies dd');
  await expect(copies.nth(0)).toHaveText(
    /^填报人1 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 在这台电脑上修改，只保存在本机$/,
  );
  await expect(copies.nth(1)).toHaveText(/^填报人1 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 保存到服务器$/);
  await expect(dialog).toContainText('两个版本都是填报人1保存的');
  await expect(dialog).toContainText('两个版本填写的项数相同');
  // The differences under their part's title (the core's): here one, in 一、总体情况.
  const group = dialog.locator('tbody').filter({ hasText: '第二个浏览器写的' });
  await expect(group.getByRole('columnheader')).toHaveText('一、总体情况（1 处）');
  const row = dialog.getByRole('row').filter({ hasText: '第二个浏览器写的' });
  await expect(row.getByRole('cell').nth(0)).toHaveText('第二个浏览器写的');
  await expect(row.getByRole('cell').nth(1)).toHaveText('第一个浏览器写的，又改了');
  await second.screenshot({ path: '/tmp/shots/admin/conflict-dialog-1366.png' });
  await second.setViewportSize({ width: 1024, height: 768 });
  await second.screenshot({ path: '/tmp/shots/admin/conflict-dialog-1024.png' });
  await dialog.getByRole('button', { name: /保留本机版本/ }).click();
  await expect(syncStatus(second)).toContainText('已保存到服务器');
  await expect(localOnly).toHaveCount(0);
  const stored = await serverReport(server, page.request);
  expect(stored.document.overview.proactive).toBe('第二个浏览器写的');
  await other.close();
});

test('提交审核 made while the server cannot be reached survives a reload and reaches the server when it is back', async ({
  server,
  page,
}) => {
  await signIn(page, server, 'clerk1');
  const start = await page.request.put(`${server.url}api/reports/1/${YEAR}`, {
    headers: { origin: server.url.replace(/\/$/, '') },
    data: { baseRevision: 0, document: { ...sampleDraft(), meta: { ...sampleDraft().meta, year: YEAR } } },
  });
  expect(start.status()).toBe(200);
  await page.reload();
  await openReport(server, page, 'check');
  // The reports' calls fail as a dropped network does; the page itself still loads.
  await page.route('**/api/reports/**', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(syncStatus(page)).toContainText('尚未同步');
  // The call is queued in IndexedDB beside the change (the sync engine's meta) before the reload.
  await expect.poll(() => queuedCalls(page, `srv-1-${YEAR}`)).toEqual(['submit']);
  await page.reload();
  await expect(page.getByRole('region', { name: '提交审核', exact: true })).toContainText('已提交审核');
  expect((await serverReport(server, page.request)).status).toBe('draft');
  await page.unroute('**/api/reports/**');
  await expect
    .poll(async () => (await serverReport(server, page.request)).status, { timeout: 30_000 })
    .toBe('submitted');
  await expect(syncStatus(page)).toContainText('已保存到服务器', { timeout: 30_000 });
});
