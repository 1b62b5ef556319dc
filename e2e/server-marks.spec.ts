import type { Browser, Page } from '@playwright/test';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import { setPath } from '../src/report/paths';
import { reportingYear } from '../src/report/reporting-year';
import { DEMO_PASSWORD, signIn } from './server-helpers';
import { expect, test } from './server-fixture';

// On the server, under its strict Content-Security-Policy (no inline style), the review page
// marks the chosen part, the chosen cell and a commented cell (issue 23 item 8), and no CSP
// violation is reported; the header stays on at most two lines at 1024 px for every role
// (issue 25 item 9).
const YEAR = reportingYear();
const CELL = 'proactive.licensing';
const SHOTS = '/tmp/shots/admin';

test.describe.configure({ timeout: 180_000 });

/** A page whose CSP violations (event and console) are collected in `violations`. */
async function watchedPage(browser: Browser, violations: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      );
    });
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy|CSP violation/i.test(m.text())) violations.push(m.text());
  });
  return page;
}

/**
 * Lines of text the header takes: each visible text's line boxes (a wrapped link counts each of
 * its lines), grouped by their vertical middle (items of one line differ by a few pixels).
 */
const headerLines = (page: Page) =>
  page.getByRole('banner').evaluate((header) => {
    const middles: number[] = [];
    const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) {
        if (box.width > 0) middles.push(box.top + box.height / 2);
      }
    }
    middles.sort((a, b) => a - b);
    return middles.filter((m, i) => i === 0 || m - (middles[i - 1] ?? 0) > 12).length;
  });

const style = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, background: s.backgroundColor };
  });

test('the review page marks the chosen part, the chosen cell and a commented cell with no CSP violation; the header fits at 1024 px', async ({
  server,
  browser,
}) => {
  const violations: string[] = [];
  const clerk = await watchedPage(browser, violations);
  await signIn(clerk, server, 'clerk1');
  const headers = { origin: server.url.replace(/\/$/, '') };
  const document = setPath(setPath(sampleDraft(), 'meta.year', YEAR), 'meta.agencyName', '演示单位');
  expect(
    (
      await clerk.request.put(`${server.url}api/reports/1/${YEAR}`, {
        headers,
        data: { baseRevision: 0, document },
      })
    ).status(),
  ).toBe(200);
  expect(
    (
      await clerk.request.post(`${server.url}api/reports/1/${YEAR}/submit`, {
        headers,
        data: { revision: 1 },
      })
    ).status(),
  ).toBe(200);
  await clerk.setViewportSize({ width: 1024, height: 768 });
  await clerk.getByRole('button', { name: new RegExp(`${YEAR} 年度报告`) }).click();
  await expect(clerk.getByRole('heading', { level: 1 })).not.toHaveText(/年度报告$/);
  expect(await headerLines(clerk)).toBeLessThanOrEqual(2);
  await clerk.screenshot({ path: `${SHOTS}/header-clerk-1024.png` });

  const boss = await watchedPage(browser, violations);
  await signIn(boss, server, 'supervisor');
  await boss.setViewportSize({ width: 1024, height: 768 });
  expect(await headerLines(boss)).toBeLessThanOrEqual(2);
  await boss.screenshot({ path: `${SHOTS}/header-supervisor-1024.png` });
  await boss.setViewportSize({ width: 1366, height: 768 });
  await boss.getByRole('button', { name: '审核 演示县人民政府办公室 的报告' }).click();
  await expect(boss).toHaveURL(/#\/server-review\//);
  await expect(boss.getByText('当前状态：已提交审核')).toBeVisible();

  // A part chosen by a click on its heading: dashed outline around the part.
  await boss.locator('.review-report [data-part="appeals"] h2').click();
  await expect
    .poll(() => style(boss, '.review-report [data-part="appeals"]'))
    .toMatchObject({
      outline: 'dashed',
    });
  await boss.locator('.review-report [data-part="appeals"]').scrollIntoViewIfNeeded();
  await boss.screenshot({ path: `${SHOTS}/review-part-marked-1366.png` });
  await boss.setViewportSize({ width: 1024, height: 768 });
  expect(await headerLines(boss)).toBeLessThanOrEqual(2);
  await boss.screenshot({ path: `${SHOTS}/review-part-marked-1024.png` });
  await boss.setViewportSize({ width: 1366, height: 768 });

  // A cell chosen instead: the cell is outlined, the part no longer.
  await boss.locator(`.review-report [data-path="${CELL}"]`).click();
  await expect(boss.getByLabel('具体栏目或单元格（可选）')).toHaveValue(CELL);
  await expect
    .poll(() => style(boss, `.review-report [data-path="${CELL}"]`))
    .toMatchObject({
      outline: 'solid',
    });
  expect((await style(boss, '.review-report [data-part="appeals"]')).outline).toBe('none');

  // A comment on it: the cell keeps the open comment's mark (#fff3d6).
  await boss.getByLabel('意见', { exact: true }).fill('请核对行政许可决定数。');
  await boss.getByRole('button', { name: '添加意见' }).click();
  await expect(boss.locator('.comment-list')).toContainText('请核对行政许可决定数。');
  await expect
    .poll(async () => (await style(boss, `.review-report [data-path="${CELL}"]`)).background)
    .toBe('rgb(255, 243, 214)');

  const admin = await watchedPage(browser, violations);
  await admin.goto(server.url);
  await admin.getByLabel('登录名').fill('admin');
  await admin.getByLabel('密码').fill(DEMO_PASSWORD);
  await admin.getByRole('button', { name: '登录' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('管理');
  await admin.setViewportSize({ width: 1024, height: 768 });
  expect(await headerLines(admin)).toBeLessThanOrEqual(2);
  await admin.screenshot({ path: `${SHOTS}/header-admin-1024.png` });

  expect(violations).toEqual([]);
});
