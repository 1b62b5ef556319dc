import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import { setPath } from '../src/report/paths';
import type { Draft } from '../src/report/schema';
import { origin, signedInPage, openOwnReport } from './server-helpers';
import type { DemoServer } from './server-helpers';
import { expect, test } from './server-fixture';
import { reportingYear } from '../src/report/reporting-year';

// Settling a warning on the server, in two browser contexts: the supervisor marks the clerk's
// five-digit 邮政编码 已核实 with why; returns the report; the clerk changes that cell; the
// supervisor's 问题清单 shows the warning open again; after the resubmission the supervisor
// settles it once more from the desk (选同类, one explanation) and the CSV carries the state.
const YEAR = reportingYear();
const POSTCODE = 'meta.contact.postcode';

test.describe.configure({ timeout: 240_000 });

async function statusOnServer(server: DemoServer, page: Page) {
  const res = await page.request.get(`${server.url}api/reports/1/${YEAR}`);
  return ((await res.json()) as { status: string; document: Draft }).status;
}

async function submit(server: DemoServer, clerk: Page) {
  await openOwnReport(server, clerk, YEAR, 'check');
  await clerk.getByRole('button', { name: '提交审核' }).click();
  await expect.poll(() => statusOnServer(server, clerk), { timeout: 30_000 }).toBe('submitted');
}

test('settle a warning 已核实, the clerk changes its cell, it reopens; bulk-settle on the desk; the CSV says so', async ({
  server,
  browser,
}) => {
  const clerk = await signedInPage(server, browser, 'clerk1');
  const draft = setPath(setPath(sampleDraft(), 'meta.year', YEAR), POSTCODE, '22330');
  const put = await clerk.request.put(`${server.url}api/reports/1/${YEAR}`, {
    headers: { origin: origin(server) },
    data: { baseRevision: 0, document: draft },
  });
  expect(put.status()).toBe(200);
  await submit(server, clerk);

  // The supervisor settles the warning in review mode.
  const boss = await signedInPage(server, browser, 'supervisor');
  await boss.goto(`${server.url}#/server-review/1/${YEAR}`);
  const findings = boss.getByRole('region', { name: '检查结果' });
  const warning = findings.locator('li', { hasText: '邮政编码应为 6 位数字' });
  await expect(warning).toContainText('〔未处理〕');
  await warning.getByRole('button', { name: '处理这条提醒' }).click();
  await warning.getByRole('button', { name: '保存处理结果' }).click();
  await expect(warning.getByRole('alert')).toHaveText('标为已核实时请写明核实情况。');
  await warning.getByLabel(/说明/).fill('本地邮编经邮政局核实为五位。');
  await warning.getByRole('button', { name: '保存处理结果' }).click();
  await expect(warning).toContainText('〔已核实：本地邮编经邮政局核实为五位。（演示县审核人，');
  await warning.scrollIntoViewIfNeeded();
  await boss.screenshot({ path: '/tmp/yearend-settle-review-1366.png' });

  // Returned with a comment; the clerk changes the cell behind the warning.
  await boss.getByLabel('意见', { exact: true }).fill('请再核对联系方式。');
  await boss.getByRole('button', { name: '添加意见' }).click();
  await expect(boss.locator('.comment-list')).toContainText('请再核对联系方式。');
  await boss.getByRole('button', { name: '退回修改' }).click();
  await expect(boss.getByText('当前状态：退回修改')).toBeVisible();

  await openOwnReport(server, clerk, YEAR, 'basics');
  await clerk.getByLabel('邮政编码').fill('2233');
  await expect
    .poll(
      async () => {
        const res = await clerk.request.get(`${server.url}api/reports/1/${YEAR}`);
        return ((await res.json()) as { document: Draft }).document.meta.contact.postcode;
      },
      { timeout: 30_000 },
    )
    .toBe('2233');

  // The desk's 问题清单: the warning is open again.
  await boss.goto(`${server.url}#/desk/findings/${YEAR}`);
  const row = boss.locator('tr', { hasText: '邮政编码应为 6 位数字' });
  await expect(row).toContainText('相关数据已变动，待重新核实');
  await boss.getByLabel('显示').selectOption('open');
  await expect(row).toBeVisible();
  await boss.getByLabel('显示').selectOption('settled');
  await expect(row).toHaveCount(0);

  // Resubmitted; the supervisor settles it again from the desk, for every unit with that warning.
  await submit(server, clerk);
  await boss.reload();
  await boss.getByLabel('显示').selectOption('open');
  await row.getByRole('button', { name: '选同类' }).click();
  await expect(boss.getByText('已选 1 条。')).toBeVisible();
  await boss.getByLabel(/说明/).fill('本县邮编为四位试点，已核实。');
  await boss.getByRole('button', { name: '处理选中的 1 条提醒' }).click();
  await expect(boss.getByText('已处理 1 条提醒。')).toBeVisible();
  await boss.getByLabel('显示').selectOption('settled');
  await expect(row).toContainText('已核实：本县邮编为四位试点，已核实。（演示县审核人');
  await boss.screenshot({ path: '/tmp/yearend-settle-desk-1366.png', fullPage: true });

  const [download] = await Promise.all([
    boss.waitForEvent('download'),
    boss.getByRole('button', { name: '导出问题清单 CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toContain('说明,处理情况');
  expect(csv).toContain('已核实：本县邮编为四位试点，已核实。');
});

test('the clerk settles a warning on 检查与提交; the server keeps it under the clerk’s name; the supervisor sees it', async ({
  server,
  browser,
}) => {
  const clerk = await signedInPage(server, browser, 'clerk1');
  const draft = setPath(setPath(sampleDraft(), 'meta.year', YEAR), POSTCODE, '22330');
  const put = await clerk.request.put(`${server.url}api/reports/1/${YEAR}`, {
    headers: { origin: origin(server) },
    data: { baseRevision: 0, document: draft },
  });
  expect(put.status()).toBe(200);
  await openOwnReport(server, clerk, YEAR, 'check');
  const section = clerk.getByRole('region', { name: '处理提醒' });
  const warning = section.locator('li', { hasText: '邮政编码应为 6 位数字' });
  await expect(warning).toContainText('〔未处理〕');
  await warning.getByRole('button', { name: '处理这条提醒' }).click();
  await warning.getByLabel(/说明/).fill('本地邮编为五位，已向邮政局核实。');
  await warning.getByRole('button', { name: '保存处理结果' }).click();
  await expect(warning).toContainText('〔已核实：本地邮编为五位，已向邮政局核实。〕');
  await expect
    .poll(
      async () => {
        const res = await clerk.request.get(`${server.url}api/reports/1/${YEAR}`);
        const doc = ((await res.json()) as { document: Draft }).document;
        return doc.review?.settlements?.map((s) => [s.role, s.by, s.note]);
      },
      { timeout: 30_000 },
    )
    .toEqual([['clerk', '填报人1', '本地邮编为五位，已向邮政局核实。']]);
  await section.scrollIntoViewIfNeeded();
  await clerk.screenshot({ path: '/tmp/yearend-settle-clerk-1366.png' });
  await submit(server, clerk);

  const boss = await signedInPage(server, browser, 'supervisor');
  await boss.goto(`${server.url}#/server-review/1/${YEAR}`);
  const seen = boss
    .getByRole('region', { name: '检查结果' })
    .locator('li', { hasText: '邮政编码应为 6 位数字' });
  await expect(seen).toContainText('〔已核实：本地邮编为五位，已向邮政局核实。（填报人1，');
});
