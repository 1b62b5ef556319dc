import type { Browser, Page } from '@playwright/test';
import { reportingYear } from '../src/report/reporting-year';
import { DEMO_PASSWORD } from './server-helpers';
import type { DemoServer } from './server-helpers';
import { expect, test } from './server-fixture';

// Each role's way in on the demo and its own start (issue 25 items 3 and 7): the demo prints how
// to sign in as each role and has an administrator; the administrator lands on 管理, the
// supervisor on the desk's 单位名单 of the year being reported, the clerk on the unit's reports;
// no role sees the single-PC file tools (审核草稿文件, 批量检查) in the header.
const YEAR = reportingYear();

test.describe.configure({ timeout: 120_000 });

async function signedIn(server: DemoServer, browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto(server.url);
  await page.getByLabel('登录名').fill(login);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('登录');
  return page;
}

const tools = (page: Page) => page.getByRole('banner');

test('the demo prints a sign-in for each role, and each role lands on its own start without the file tools', async ({
  server,
  browser,
}) => {
  expect(server.output).toContain('管理员 admin');
  expect(server.output).toContain('审核人 supervisor');
  expect(server.output).toContain('填报人 clerk1、clerk2、clerk3');

  const admin = await signedIn(server, browser, 'admin');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('管理');
  await expect(admin).toHaveURL(/#\/admin$/);
  await expect(tools(admin).getByRole('link', { name: '批量检查' })).toHaveCount(0);
  await expect(tools(admin).getByRole('link', { name: '审核草稿文件' })).toHaveCount(0);
  await admin.screenshot({ path: '/tmp/role-admin-1366.png' });

  const boss = await signedIn(server, browser, 'supervisor');
  await expect(boss.getByRole('heading', { level: 1 })).toHaveText(`演示县 ${YEAR} 年度报告单位名单`);
  await expect(tools(boss).getByRole('link', { name: '批量检查' })).toHaveCount(0);
  await expect(tools(boss).getByRole('link', { name: '导入已发布的报告' })).toHaveCount(0);
  await boss.setViewportSize({ width: 1024, height: 768 });
  await boss.screenshot({ path: '/tmp/role-supervisor-1024.png' });

  const clerk = await signedIn(server, browser, 'clerk1');
  await expect(clerk.getByRole('heading', { level: 1 })).toHaveText('演示县人民政府办公室的年度报告');
  await expect(tools(clerk).getByRole('link', { name: '导入已发布的报告' })).toBeVisible();
  await expect(tools(clerk).getByRole('link', { name: '批量检查' })).toHaveCount(0);
  await expect(tools(clerk).getByRole('link', { name: '审核草稿文件' })).toHaveCount(0);
});
