import type { Page } from '@playwright/test';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import { setPath } from '../src/report/paths';
import type { Draft } from '../src/report/schema';
import { origin, signedInPage } from './server-helpers';
import type { DemoServer } from './server-helpers';
import { expect, test } from './server-fixture';
import { reportingYear } from '../src/report/reporting-year';

// 本级报告与汇总对账 and 年度数字 on the desk, on the server: two clerks in their own browsers file
// their reports; the supervisor approves them and sees the county's own report (演示县人民政府办公室)
// against the 汇总 of the other approved unit, cell by cell, the unit not yet filed, and the
// year's figures with their formulas.
const YEAR = reportingYear();

test.describe.configure({ timeout: 240_000 });

async function call(server: DemoServer, page: Page, method: 'PUT' | 'POST', path: string, data: unknown) {
  const res = await page.request.fetch(`${server.url}api${path}`, {
    method,
    headers: { origin: origin(server) },
    data,
  });
  expect(res.status(), await res.text()).toBe(200);
}

async function fileAndApprove(server: DemoServer, clerk: Page, boss: Page, unitId: number, document: Draft) {
  await call(server, clerk, 'PUT', `/reports/${unitId}/${YEAR}`, { baseRevision: 0, document });
  await call(server, clerk, 'POST', `/reports/${unitId}/${YEAR}/submit`, { revision: 1 });
  await call(server, boss, 'POST', `/reports/${unitId}/${YEAR}/approve`, { revision: 2 });
}

test('the county’s own report against the 汇总 of its approved units, cell by cell; the year’s figures with formulas', async ({
  server,
  browser,
}) => {
  const own = setPath(sampleDraft(), 'meta.year', YEAR);
  // 教育局: one more application received and disclosed (自然人 40 → 41, 予以公开 18 → 19).
  const education = setPath(
    setPath(own, 'applications.newReceived.natural', 41),
    'applications.results.disclosed.natural',
    19,
  );
  const boss = await signedInPage(server, browser, 'supervisor');
  await fileAndApprove(server, await signedInPage(server, browser, 'clerk1'), boss, 1, own);
  await fileAndApprove(server, await signedInPage(server, browser, 'clerk2'), boss, 2, education);

  await boss.goto(`${server.url}#/desk/reconcile/${YEAR}`);
  await expect(boss.getByLabel('本级报告的报送单位')).toHaveValue('1');
  await expect(boss.locator('.reconcile-scope')).toContainText(
    '与演示县及所辖地区 1 个审核通过的单位报告的汇总（不含演示县人民政府办公室自己的报告）',
  );
  const table = boss.locator('.reconcile-table');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.getByRole('row', { name: /一、本年新收政府信息公开申请数量 · 自然人/ })).toContainText(
    /40\s*41\s*-1/,
  );
  await expect(table.getByRole('row', { name: /（一）予以公开 · 自然人/ })).toContainText(/18\s*19\s*-1/);
  await expect(boss.locator('.reconcile-left-out')).toContainText('演示县自然资源局（演示县）：尚未开始填报');
  await boss.screenshot({ path: '/tmp/yearend-reconcile-1366.png', fullPage: true });

  await boss.getByLabel('汇总包括本级单位自己的报告').check();
  await expect(boss.locator('.reconcile-scope')).toContainText(
    '2 个审核通过的单位报告的汇总（含演示县人民政府办公室自己的报告）',
  );

  // 年度数字: 新收申请 49 (40 + 5 + 0 + 1 + 2 + 1) and 50 (41 + …), 99 for the county.
  await boss.getByRole('link', { name: '年度数字' }).click();
  await expect(boss.getByRole('heading', { name: `演示县 ${YEAR} 年度数字` })).toBeVisible();
  await expect(boss.getByText('表三“一、本年新收政府信息公开申请数量”的总计')).toBeVisible();
  await expect(boss.getByRole('row', { name: /^演示县人民政府办公室/ })).toContainText('49');
  await expect(boss.getByRole('row', { name: /^演示县教育局/ })).toContainText('50');
  const county = boss
    .locator('.figures-table')
    .first()
    .getByRole('row', { name: /^演示县/ });
  await expect(county).toContainText('2（不足 30 个，不作比较）');
  await expect(county).toContainText('99');
  await boss.screenshot({ path: '/tmp/yearend-figures-1366.png', fullPage: true });
});
