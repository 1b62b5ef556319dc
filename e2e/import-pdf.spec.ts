import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectValue, field, openStep } from './wizard-helpers';

/**
 * PDF import in the browser: pdf.js loads only when a PDF is chosen, its character maps come
 * from the app's own files (inlined in the single-file build). The PDFs are the sample report
 * carrying 淮安's numbers, printed by the app (Chromium) and converted from its Word export by
 * LibreOffice (scripts/make-pdf-fixtures.ts); the figures below are 淮安's, read off its report.
 */
const PDFS = resolve(import.meta.dirname, '..', 'src', 'import', 'test-support', 'pdf');
const mapping = (page: Page) => page.getByRole('region', { name: '识别结果' });
const fact = (page: Page, term: string) => mapping(page).locator(`dt:text-is("${term}") + dd`);

async function choosePdf(page: Page, name: string): Promise<void> {
  await page.getByLabel('选择报告文件', { exact: true }).setInputFiles(resolve(PDFS, name));
}

for (const name of ['app-print-chromium.pdf', 'word-export-libreoffice.pdf']) {
  test(`${name}: read in the browser, every total agrees, the draft holds 淮安's numbers`, async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('./#/import');
    await expect(page.getByRole('heading', { level: 1, name: '导入已发布的报告' })).toBeVisible();
    expect(scripts.some((u) => /pdf(\.worker)?-/.test(u))).toBe(false);
    await choosePdf(page, name);
    await expect(mapping(page)).toBeVisible({ timeout: 30_000 });
    expect(scripts.some((u) => /\/pdf-[\w-]+\.js$/.test(u))).toBe(true);
    await expect(fact(page, '机关名称')).toHaveText('示例县人民政府办公室');
    await expect(mapping(page).locator('[data-path="applications.newReceived.total"]')).toHaveText('3119');
    await expect(mapping(page).locator('[data-path="applications.results.total.total"]')).toHaveText('3050');
    await expect(mapping(page).getByText('原报告印刷的各项合计与重新计算的结果一致。')).toBeVisible();
    await page.screenshot({ path: `/tmp/import-${name}.png`, fullPage: true });
    await page.getByRole('button', { name: /^(只)?创建 2025 年报告的草稿$/ }).click();
    await openStep(page, '二、主动公开政府信息情况');
    await expectValue(field(page, 'proactive.normativeDocuments.repealed'), '26');
    await expectValue(field(page, 'proactive.licensing'), '447228');
  });
}

test('the single-file build opened from disk reads a PDF too', async ({ page }) => {
  const file = pathToFileURL(resolve(import.meta.dirname, '..', 'dist-single', 'index.html')).href;
  await page.goto(`${file}#/import`);
  await choosePdf(page, 'app-print-chromium.pdf');
  await expect(mapping(page)).toBeVisible({ timeout: 30_000 });
  await expect(fact(page, '机关名称')).toHaveText('示例县人民政府办公室');
  await expect(mapping(page).locator('[data-path="applications.newReceived.total"]')).toHaveText('3119');
});

test('a scanned PDF says so in Chinese and creates nothing', async ({ page }) => {
  await page.goto('./#/import');
  await choosePdf(page, 'scanned.pdf');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('没有文字（可能是扫描件或图片）', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: /创建 \d{4} 年报告的草稿/ })).toHaveCount(0);
});
