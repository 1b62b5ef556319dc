import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import type { Draft } from '../src/report/schema';
import { axeViolations } from './axe';
import { DEMO_PASSWORD, signIn, syncStatus } from './server-helpers';
import type { DemoServer } from './server-helpers';
import { expect, test } from './server-fixture';
import { reportingYear } from '../src/report/reporting-year';

// The supervisor's desk on the real server (npm run server -- --demo): 演示县, three units.
const YEAR = reportingYear();

test.describe.configure({ timeout: 180_000 });

const origin = (server: DemoServer) => ({ origin: server.url.replace(/\/$/, '') });

/** The count shown at the top of the roster for a status word. */
const countOf = (page: Page, label: string) =>
  page
    .getByRole('list', { name: '各状态单位数' })
    .getByRole('button', { name: new RegExp(`^${label} \\d+$`) });

async function shots(page: Page, name: string) {
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/tmp/desk-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

test('clerk submits; the roster counts change; approved, the 汇总 includes it; 问题清单 and deadlines', async ({
  server,
  browser,
}) => {
  const clerkContext = await browser.newContext();
  const supContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  const sup = await supContext.newPage();
  await signIn(sup, server, 'supervisor');
  await sup.getByRole('link', { name: '审核台', exact: true }).click();
  await expect(sup.getByRole('heading', { level: 1 })).toHaveText(`演示县 ${YEAR} 年度报告单位名单`);
  await expect(countOf(sup, '未开始')).toHaveText('未开始 3');
  await expect(sup.getByRole('textbox', { name: '尚未提交的单位列表' })).toHaveValue(/演示县人民政府办公室/);
  expect(await axeViolations(sup)).toEqual([]);

  // The clerk's report: the sample's numbers as a first save, then 提交审核 in the wizard.
  await signIn(clerk, server, 'clerk1');
  const draft: Draft = { ...sampleDraft(), meta: { ...sampleDraft().meta, year: YEAR } };
  const put = await clerk.request.put(`${server.url}api/reports/1/${YEAR}`, {
    headers: origin(server),
    data: { baseRevision: 0, document: draft },
  });
  expect(put.status()).toBe(200);
  await clerk.reload();
  await clerk.getByRole('button', { name: new RegExp(`${YEAR} 年度报告`) }).click();
  await expect(syncStatus(clerk)).toContainText('已保存到服务器');
  await clerk.goto(`${server.url}#/report/srv-1-${YEAR}/check`);
  await clerk.getByRole('button', { name: '提交审核' }).click();
  await expect
    .poll(
      async () =>
        ((await (await clerk.request.get(`${server.url}api/reports/1/${YEAR}`)).json()) as { status: string })
          .status,
      {
        timeout: 30_000,
      },
    )
    .toBe('submitted');

  // Another unit's draft with one unbalanced column (勾稽关系), saved as its clerk.
  const clerk2 = await browser.newContext();
  expect(
    (
      await clerk2.request.post(`${server.url}api/session`, {
        headers: origin(server),
        data: { login: 'clerk2', password: DEMO_PASSWORD },
      })
    ).status(),
  ).toBe(200);
  const broken = {
    ...draft,
    meta: { ...draft.meta, agencyName: '演示县教育局' },
    applications: {
      ...draft.applications,
      newReceived: {
        ...draft.applications.newReceived,
        natural: (draft.applications.newReceived.natural ?? 0) + 3,
      },
    },
  };
  expect(
    (
      await clerk2.request.put(`${server.url}api/reports/2/${YEAR}`, {
        headers: origin(server),
        data: { baseRevision: 0, document: broken },
      })
    ).status(),
  ).toBe(200);
  await clerk2.close();

  await sup.getByRole('button', { name: '刷新' }).click();
  await expect(countOf(sup, '未开始')).toHaveText('未开始 1');
  await expect(countOf(sup, '草稿')).toHaveText('草稿 1');
  await expect(countOf(sup, '已提交审核')).toHaveText('已提交审核 1');
  await expect(sup.locator('tr[data-unit="演示县教育局"] td.num').first()).not.toHaveText('0');
  const row = sup.locator('tr[data-unit="演示县人民政府办公室"]');
  await expect(row).toContainText('已提交审核');
  await expect(row).toContainText('填报人1');
  await expect(sup.getByRole('textbox', { name: '尚未提交的单位列表' })).not.toHaveValue(
    /演示县人民政府办公室/,
  );

  // Filter and search.
  await sup.getByLabel('状态', { exact: true }).selectOption({ label: '未开始' });
  await expect(sup.locator('tr[data-unit]')).toHaveCount(1);
  await sup.getByLabel('状态', { exact: true }).selectOption({ label: '全部' });
  await sup.getByLabel('按单位名称查找').fill('教育');
  await expect(sup.locator('tr[data-unit]')).toHaveCount(1);
  await sup.getByLabel('按单位名称查找').fill('');

  // A deadline that has passed (31 October of the year being reported is always past: the
  // report year turns on 1 November): the two units that have not started are overdue.
  await sup.getByLabel('演示县截止日期').fill(`${YEAR}-10-31`);
  await sup.getByRole('button', { name: '保存截止日期' }).click();
  await expect(countOf(sup, '逾期')).toHaveText('逾期 2');
  await expect(row).not.toContainText('逾期');
  const csv = await downloaded(sup, () => sup.getByRole('button', { name: '导出 CSV' }).click());
  expect(csv).toContain('地区,单位,状态,截止日期,是否逾期');
  expect(csv).toContain(`演示县,演示县自然资源局,未开始,${YEAR}-10-31,逾期`);
  expect(csv).toMatch(new RegExp(`演示县,演示县教育局,草稿,${YEAR}-10-31,逾期,`));
  expect(csv).not.toContain('演示县人民政府办公室');
  await shots(sup, 'roster');

  // Approved (the review itself is the review page's), the 汇总 includes it.
  const current = (await (await sup.request.get(`${server.url}api/reports/1/${YEAR}`)).json()) as {
    revision: number;
  };
  const approved = await sup.request.post(`${server.url}api/reports/1/${YEAR}/approve`, {
    headers: origin(server),
    data: { revision: current.revision },
  });
  expect(approved.status()).toBe(200);
  await sup.getByRole('link', { name: '汇总' }).click();
  await expect(sup.getByRole('heading', { level: 1 })).toHaveText(
    `演示县 ${YEAR} 年度汇总（1 份审核通过的报告）`,
  );
  await expect(sup.locator('.desk-sum-tables [data-path="applications.newReceived.natural"]')).toHaveText(
    String(draft.applications.newReceived.natural),
  );
  // Drawn with the official report's stylesheet (its <style> allowed by the server's CSP).
  await expect(sup.locator('.desk-sum-tables [data-path="applications.newReceived.natural"]')).toHaveCSS(
    'border-top-style',
    'solid',
  );
  const leftOut = sup.locator('.sum-left-out tbody tr');
  await expect(leftOut).toHaveCount(2);
  await expect(sup.locator('.sum-left-out tr[data-unit="演示县教育局"]')).toContainText(
    '报告状态为“草稿”，只汇总审核通过的报告',
  );
  await expect(sup.locator('.sum-left-out tr[data-unit="演示县自然资源局"]')).toContainText('尚未开始填报');
  const sumText = await downloaded(sup, () => sup.getByRole('button', { name: '导出汇总 CSV' }).click());
  expect(sumText).toContain(`,一、本年新收政府信息公开申请数量,${draft.applications.newReceived.natural},`);
  expect(await axeViolations(sup)).toEqual([]);
  await shots(sup, 'sum');

  await sup.getByRole('link', { name: '问题清单' }).click();
  await expect(sup.getByRole('heading', { level: 1 })).toHaveText(`演示县 ${YEAR} 年度问题清单`);
  await expect(sup.locator('tr[data-unit="演示县自然资源局"]')).toContainText('尚未开始填报');
  await expect(sup.locator('tr[data-unit="演示县教育局"]').first()).toContainText('勾稽关系不平衡');
  const list = await downloaded(sup, () => sup.getByRole('button', { name: '导出问题清单 CSV' }).click());
  expect(list).toContain('地区,单位,报告状态,严重程度,问题类型,位置,说明');
  expect(list).toContain('演示县,演示县自然资源局,未开始,,,,尚未开始填报');
  expect(list).toContain('演示县,演示县教育局,草稿,错误,勾稽关系不平衡,');
  expect(await axeViolations(sup)).toEqual([]);
  await shots(sup, 'findings');
  await clerkContext.close();
  await supContext.close();
});
