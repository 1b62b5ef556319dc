import type { Page } from '@playwright/test';
import { reportingYear } from '../src/report/reporting-year';
import { DEMO_PASSWORD, signIn } from './server-helpers';
import { expect, test } from './server-fixture';

// The administrator's audit log (issue 23 item 7, issue 25 item 8): past 1,000 events the first
// page shows the newest, pages back 200 at a time, filters by unit, user and action, and names
// units and people instead of `unit:1` / `user:clerk1`.
const YEAR = reportingYear();
const SHOTS = '/tmp/shots/admin';

test.describe.configure({ timeout: 240_000 });

const log = (page: Page) => page.getByRole('region', { name: '审计日志' });
const rows = (page: Page) => log(page).locator('tbody tr');

test('past 1,000 events the first page shows the newest; pages back; filters narrow; names, not ids', async ({
  server,
  browser,
}) => {
  // 1,050 refused saves by clerk1 (each one an event), sent through the API as a client would.
  const clerkContext = await browser.newContext();
  const clerk = clerkContext.request;
  const headers = { origin: server.url.replace(/\/$/, '') };
  expect(
    (
      await clerk.post(`${server.url}api/session`, {
        headers,
        data: { login: 'clerk1', password: DEMO_PASSWORD },
      })
    ).status(),
  ).toBe(200);
  for (let batch = 0; batch < 105; batch++) {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        clerk.put(`${server.url}api/reports/1/${YEAR}`, { headers, data: { baseRevision: 0, document: {} } }),
      ),
    );
    for (const a of answers) expect(a.status()).toBe(422);
  }
  await clerkContext.close();

  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await signIn(page, server, 'admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('管理');
  // The newest event of all: a region made now.
  const region = page.getByRole('form', { name: '新建地区' });
  await region.getByLabel('地区名称').fill('最新的地区');
  await region.getByRole('button', { name: '新建地区' }).click();
  await expect(region.getByRole('status')).toHaveText('已创建地区。');

  await expect(rows(page)).toHaveCount(200);
  await expect(rows(page).first()).toContainText('新建地区');
  await expect(rows(page).first().getByRole('cell').nth(3)).toHaveText('最新的地区');
  await expect(rows(page).first().getByRole('cell').nth(1)).toHaveText('演示管理员（admin）');
  // The refused saves name the person and the unit's report, not `user:clerk1` / `report:1/…`.
  // (Between them: the administrator's own sign-in.)
  await expect(rows(page).nth(1)).toContainText('登录');
  const save = rows(page).nth(2).getByRole('cell');
  await expect(save.nth(1)).toHaveText('填报人1（clerk1）');
  await expect(save.nth(2)).toHaveText('保存');
  await expect(save.nth(3)).toHaveText(`演示县人民政府办公室 ${YEAR} 年度报告`);
  await expect(log(page)).not.toContainText('report:1/');
  await page.screenshot({ path: `${SHOTS}/admin-audit-1366.png` });
  await log(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/admin-audit-log-1366.png` });

  // Page 2: the next 200, older than the last one on page 1.
  const lastOnFirst = await rows(page).last().getByRole('cell').first().textContent();
  await log(page).getByRole('button', { name: '较早的记录' }).click();
  await expect(log(page).getByText('第 2 页', { exact: true })).toBeVisible();
  await expect(rows(page)).toHaveCount(200);
  await expect(rows(page).first()).not.toContainText('新建地区');
  expect(lastOnFirst).toBeTruthy();
  await log(page).getByRole('button', { name: '较新的记录' }).click();
  await expect(log(page).getByText('第 1 页', { exact: true })).toBeVisible();
  await expect(rows(page).first()).toContainText('最新的地区');

  // Filters: by action, by user, by unit.
  await log(page).getByLabel('操作').selectOption({ label: '新建地区' });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('最新的地区');
  await log(page).getByLabel('操作').selectOption({ label: '全部操作' });
  await log(page).getByLabel('用户').selectOption({ label: '演示管理员（admin）' });
  await expect(rows(page).first()).toContainText('新建地区');
  // Wait for the filtered answer (the first row is the same before and after it).
  await expect(
    rows(page).locator('td:nth-child(2)').filter({ hasNotText: '演示管理员（admin）' }),
  ).toHaveCount(0);
  for (const name of await rows(page).locator('td:nth-child(2)').allTextContents())
    expect(name).toBe('演示管理员（admin）');
  await log(page).getByLabel('用户').selectOption({ label: '全部用户' });
  await log(page).getByLabel('单位').selectOption({ label: '演示县人民政府办公室' });
  // The unit's page has 200 rows as the unfiltered one had: wait for its rows, not their count.
  await expect(rows(page).first().locator('td:nth-child(4)')).toHaveText(
    `演示县人民政府办公室 ${YEAR} 年度报告`,
  );
  await expect(rows(page)).toHaveCount(200);
  for (const object of await rows(page).locator('td:nth-child(4)').allTextContents())
    expect(object).toBe(`演示县人民政府办公室 ${YEAR} 年度报告`);

  // The user list names each user's unit or region.
  await expect(page.getByRole('row', { name: /^clerk1 填报人1/ })).toContainText('演示县人民政府办公室');
  await expect(page.getByRole('row', { name: /^supervisor / })).toContainText('演示县');
  await page.getByRole('heading', { name: '用户', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/admin-users-1366.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/admin-users-1024.png` });
  await log(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/admin-audit-log-1024.png` });
});
