import { execFileSync } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import { setPath } from '../src/report/paths';
import type { Draft } from '../src/report/schema';
import { DEMO_PASSWORD, signIn, origin } from './server-helpers';
import type { DemoServer } from './server-helpers';
import { expect, test } from './server-fixture';
import { reportingYear } from '../src/report/reporting-year';

// The signed 报送单 on the server, in two browser contexts: the clerk's report is approved; the
// supervisor prints the 报送单 (looked at as a PDF) and types its 核对码 into 发布核对: 一致. The
// supervisor reopens the report, the clerk changes a number; approved again, the old paper's code no
// longer matches (named as the earlier version's).
const YEAR = reportingYear();

test.describe.configure({ timeout: 240_000 });

async function signedInPage(server: DemoServer, browser: Browser, login: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  // The print dialog is the browser's own: the page's print() does nothing here.
  await context.addInitScript(() => {
    window.print = () => undefined;
  });
  const page = await context.newPage();
  await signIn(page, server, login, DEMO_PASSWORD);
  return page;
}

async function post(server: DemoServer, page: Page, path: string, data: unknown) {
  const res = await page.request.post(`${server.url}api/reports/1/${YEAR}${path}`, {
    headers: { origin: origin(server) },
    data,
  });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as { revision: number };
}

async function current(server: DemoServer, page: Page) {
  const res = await page.request.get(`${server.url}api/reports/1/${YEAR}`);
  return (await res.json()) as { revision: number; status: string; document: Draft };
}

async function approveInReview(server: DemoServer, boss: Page) {
  await boss.goto(`${server.url}#/server-review/1/${YEAR}`);
  // A second time the address is the same: read the report again.
  await boss.reload();
  await expect(boss.getByText('当前状态：已提交审核')).toBeVisible();
  await boss.getByRole('button', { name: '审核通过' }).click();
  await expect(boss.getByText('当前状态：审核通过')).toBeVisible();
}

test('print the 报送单, type its code into 发布核对: 一致; changed and approved again: the old code does not match', async ({
  server,
  browser,
}) => {
  const clerk = await signedInPage(server, browser, 'clerk1');
  const draft = setPath(sampleDraft(), 'meta.year', YEAR);
  const put = await clerk.request.put(`${server.url}api/reports/1/${YEAR}`, {
    headers: { origin: origin(server) },
    data: { baseRevision: 0, document: draft },
  });
  expect(put.status()).toBe(200);
  await post(server, clerk, '/submit', { revision: 1 });

  const boss = await signedInPage(server, browser, 'supervisor');
  await approveInReview(server, boss);
  const section = boss.getByRole('region', { name: '报送单' });
  const code = (await section.locator('strong').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);

  // The printed page: what the frame holds, as a PDF.
  await section.getByRole('button', { name: '打印报送单' }).click();
  const frame = boss.locator('iframe[title="打印报送单"]');
  await expect(frame).toHaveCount(1);
  const html = (await frame.getAttribute('srcdoc')) ?? '';
  expect(html).toContain('政府信息公开工作年度报告报送单');
  expect(html).toContain(draft.meta.agencyName);
  expect(html).toContain(code);
  expect(html).toContain('单位负责人签字');
  expect(html).toContain('单位盖章');
  // 新收申请 of the sample, by hand: 40 + 5 + 0 + 1 + 2 + 1 = 49.
  expect(html).toMatch(/一、本年新收政府信息公开申请数量<\/th><td class="num">49 件/);
  const paper = await (await browser.newContext()).newPage();
  await paper.setContent(html);
  const pdfPath = test.info().outputPath('报送单.pdf');
  await paper.pdf({ path: pdfPath, preferCSSPageSize: true });
  const pages = execFileSync('pdfinfo', [pdfPath]).toString();
  expect(pages).toMatch(/Pages:\s+1\n/);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdfPath, '/tmp/yearend-cover-sheet']);

  // The code typed into 发布核对 (lower case, no dash): 一致.
  const panel = boss.getByRole('region', { name: '发布核对' });
  await panel.getByLabel('报送单核对码').fill(code.toLowerCase().replace('-', ''));
  await panel.getByRole('button', { name: '核对报送单' }).click();
  await expect(panel.getByText(/^一致：报送单与 .* 由演示县审核人审核通过的版本相同。$/)).toBeVisible();

  // The supervisor reopens it, the clerk changes a number (one more application, disclosed); approved again.
  const approved = await current(server, boss);
  await post(server, boss, '/reopen', { revision: approved.revision, comment: '单位要求更正一个数字。' });
  const reopened = await current(server, clerk);
  const changed = setPath(
    setPath(reopened.document, 'applications.newReceived.natural', 41),
    'applications.results.disclosed.natural',
    19,
  );
  const saved = await clerk.request.put(`${server.url}api/reports/1/${YEAR}`, {
    headers: { origin: origin(server) },
    data: { baseRevision: reopened.revision, document: changed },
  });
  expect(saved.status()).toBe(200);
  await post(server, clerk, '/submit', { revision: reopened.revision + 1 });
  await approveInReview(server, boss);
  const newCode = (await boss.getByRole('region', { name: '报送单' }).locator('strong').textContent()) ?? '';
  expect(newCode).not.toBe(code);
  await panel.getByLabel('报送单核对码').fill(code);
  await panel.getByRole('button', { name: '核对报送单' }).click();
  await expect(panel.getByText(/^不一致：这是 .* 审核通过的较早版本的报送单/)).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await boss.screenshot({ path: '/tmp/yearend-cover-code-1366.png' });
});
