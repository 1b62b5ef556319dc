import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { signIn } from './server-helpers';
import type { DemoServer } from './server-helpers';
import { expect, test } from './server-fixture';

// The first-run setup link, the 管理 page, a clerk's own password change, and exports and
// imports in the audit log — on a real server with no accounts yet (no --demo).

test.describe.configure({ timeout: 180_000 });

const ADMIN_PASSWORD = 'first-admin-passphrase';
const CLERK_PASSWORD = 'clerk-start-passphrase';
const CLERK_NEW_PASSWORD = 'clerk-later-passphrase';
const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'published', 'huaian-city-2024.txt');

test.use({ serverOptions: { demo: false } });

const form = (page: Page, name: string) => page.getByRole('form', { name });
const auditRows = (page: Page) => page.getByRole('table').last().getByRole('row');

async function setUpAdministrator(server: DemoServer, page: Page) {
  const token = /#\/setup\/([A-Za-z0-9_-]+)/.exec(server.output)?.[1];
  expect(token, server.output).toBeTruthy();
  await page.goto(`${server.url}#/setup/${token}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('创建第一个管理员');
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: '/tmp/server-setup.png' });
  await page.getByLabel('登录名').fill('admin1');
  await page.getByLabel('姓名').fill('管理员甲');
  await page.getByLabel('密码（至少 10 个字符）').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: '创建管理员' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登录');
}

/** A region, a unit in it and a clerk of that unit, through the 管理 page's forms. */
async function createClerk(server: DemoServer, page: Page) {
  await page.getByRole('link', { name: '管理' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('管理');
  expect(await axeViolations(page)).toEqual([]);
  const region = form(page, '新建地区');
  await region.getByLabel('地区名称').fill('测试县');
  await region.getByLabel('级别').selectOption({ label: '县' });
  await region.getByRole('button', { name: '新建地区' }).click();
  await expect(region.getByRole('status')).toHaveText('已创建地区。');
  const unit = form(page, '新建单位');
  await unit.getByLabel('单位名称').fill('测试县教育局');
  await unit.getByLabel('所属地区').selectOption({ label: '测试县' });
  await unit.getByRole('button', { name: '新建单位' }).click();
  await expect(unit.getByRole('status')).toHaveText('已创建单位。');
  const user = form(page, '新建用户');
  await user.getByLabel('登录名').fill('clerkx');
  await user.getByLabel('姓名').fill('填报人甲');
  await user.getByLabel('初始密码（至少 10 个字符）').fill(CLERK_PASSWORD);
  await user.getByLabel('角色').selectOption({ label: '填报人' });
  await user.getByLabel('单位（填报人）').selectOption({ label: '测试县教育局' });
  await user.getByRole('button', { name: '新建用户' }).click();
  await expect(user.getByRole('status')).toHaveText('已创建用户。');
  // The user list names the clerk's unit (not an id).
  await expect(page.getByRole('row', { name: /^clerkx 填报人甲/ })).toContainText('测试县教育局');
  await expect(page.getByText('报送截止日期不在这里设置')).toBeVisible();
  // A refusal is the server's Chinese message, where the form is.
  await user.getByLabel('登录名').fill('clerky');
  await user.getByLabel('姓名').fill('填报人乙');
  await user.getByLabel('初始密码（至少 10 个字符）').fill('short');
  await user.getByRole('button', { name: '新建用户' }).click();
  await expect(user.getByRole('status')).toHaveText('密码至少要有 10 个字符。');
  await expect(auditRows(page).filter({ hasText: '新建用户' })).toHaveCount(1);
  await expect(auditRows(page).filter({ hasText: '创建首个管理员' })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/server-admin.png', fullPage: true });
}

async function clerkPage(server: DemoServer, browser: Browser, password = CLERK_PASSWORD) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, server, 'clerkx', password);
  return { context, page };
}

test('the setup link creates the first administrator; the 管理 page creates a region, a unit and a clerk; both pass axe', async ({
  server,
  page,
  browser,
}) => {
  await setUpAdministrator(server, page);
  await signIn(page, server, 'admin1', ADMIN_PASSWORD);
  await createClerk(server, page);
  // The link works once (a browser that is not signed in).
  const fresh = await browser.newPage();
  const token = /#\/setup\/([A-Za-z0-9_-]+)/.exec(server.output)?.[1] ?? '';
  await fresh.goto(`${server.url}#/setup/${token}`);
  await fresh.getByLabel('登录名').fill('admin2');
  await fresh.getByLabel('姓名').fill('管理员乙');
  await fresh.getByLabel('密码（至少 10 个字符）').fill(ADMIN_PASSWORD);
  await fresh.getByRole('button', { name: '创建管理员' }).click();
  await expect(fresh.getByRole('alert')).toHaveText('设置链接无效或已过期，请重新启动服务器获取新的链接。');
  await fresh.close();
});

test('a clerk changes their password in the user bar: other sessions end; exports and imports are in the audit log', async ({
  server,
  page,
  browser,
}) => {
  await setUpAdministrator(server, page);
  await signIn(page, server, 'admin1', ADMIN_PASSWORD);
  await createClerk(server, page);

  const { context, page: clerk } = await clerkPage(server, browser);
  const { context: elsewhere, page: other } = await clerkPage(server, browser);
  await clerk.getByRole('button', { name: /开始填写/ }).click();
  await expect(clerk).toHaveURL(/#\/report\/srv-\d+-\d{4}\/basics$/);
  await expect(clerk.locator('.sync-status')).toContainText('已保存到服务器', { timeout: 30_000 });
  const reportUrl = clerk.url().replace(/\/basics$/, '/check');
  await clerk.goto(reportUrl);
  await clerk.getByLabel('导出草稿副本（带“草稿”标记）').check();
  const download = clerk.waitForEvent('download');
  await clerk.getByRole('button', { name: '导出 HTML' }).click();
  await download;

  // A published report imported on the server becomes the unit's report of its year.
  await clerk.goto(`${server.url}#/import`);
  await clerk.getByLabel('粘贴报告全文').fill(readFileSync(FIXTURE, 'utf8'));
  await clerk.getByRole('button', { name: '识别粘贴的文字' }).click();
  await clerk.getByRole('button', { name: '创建 2024 年报告的草稿' }).click();
  await expect(clerk).toHaveURL(/#\/report\/srv-\d+-2024\/basics$/);
  await expect(clerk.locator('.sync-status')).toContainText('已保存到服务器', { timeout: 30_000 });

  // 修改密码 in the user bar.
  await clerk.getByRole('button', { name: '修改密码' }).click();
  const dialog = clerk.getByRole('dialog', { name: '修改密码' });
  await dialog.getByLabel('当前密码').fill('not-my-password');
  await dialog.getByLabel(/^新密码/).fill(CLERK_NEW_PASSWORD);
  await dialog.getByLabel('再次输入新密码').fill(CLERK_NEW_PASSWORD);
  await dialog.getByRole('button', { name: '修改密码' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('当前密码不正确。');
  expect(await axeViolations(clerk)).toEqual([]);
  await clerk.screenshot({ path: '/tmp/server-password-refused.png' });
  await dialog.getByLabel('当前密码').fill(CLERK_PASSWORD);
  await dialog.getByRole('button', { name: '修改密码' }).click();
  await expect(dialog.getByRole('status')).toContainText('密码已修改');
  await clerk.screenshot({ path: '/tmp/server-password-done.png' });
  await dialog.getByRole('button', { name: '关闭' }).click();

  // This browser stays signed in; the other one is signed out; the new password works.
  expect((await clerk.request.get(`${server.url}api/me`)).status()).toBe(200);
  expect((await other.request.get(`${server.url}api/me`)).status()).toBe(401);
  await elsewhere.close();
  const again = await clerkPage(server, browser, CLERK_NEW_PASSWORD);
  await again.context.close();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('管理');
  const rows = auditRows(page);
  await expect(rows.filter({ hasText: '导出' }).filter({ hasText: 'HTML（草稿副本）' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '导入' }).filter({ hasText: '已发布的报告' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '修改密码' }).filter({ hasText: '成功' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '修改密码' }).filter({ hasText: '密码错误' })).toHaveCount(1);
  for (const row of await rows.filter({ hasText: /导出|导入|修改密码/ }).all())
    await expect(row.getByRole('cell').nth(1)).toHaveText('填报人甲（clerkx）');
  await page.screenshot({ path: '/tmp/server-audit.png', fullPage: true });
  await context.close();
});
