import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readDraft } from './review-helpers';
import { createReport, openStep, typeAt } from './wizard-helpers';

test('a page that fails to draw says so in Chinese, keeps the draft, offers it as a file and a way back', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await createReport(page, '某某县出错局', 2025);
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  await typeAt(page, 'applications.newReceived.natural', '7');
  // What Chromium 86 met before the polyfills: a built-in the check page calls is missing.
  await page.evaluate(() => {
    Object.defineProperty(Array.prototype, 'at', { value: undefined, configurable: true, writable: true });
  });
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: '检查与提交' }).click();

  const alert = page.getByRole('alert').filter({ hasText: '这个页面出错了' });
  await expect(alert.getByRole('heading', { level: 1, name: '这个页面出错了' })).toBeVisible();
  await expect(alert).toContainText('已填写的内容已自动保存在本浏览器中');
  // The rest of the app still runs: its header is there.
  await expect(page.getByRole('link', { name: '批量检查' })).toBeVisible();
  const report = page.getByRole('textbox', { name: '错误信息' });
  await expect(report).toHaveValue(/TypeError/);
  await expect(report).toHaveValue(/页面：#\/report\/[^/]+\/check/);
  expect(errors.join('\n')).toContain('TypeError');
  await page.screenshot({ path: test.info().outputPath('page-failure.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存草稿文件' }).click();
  const draft = readDraft((await (await download).path()) ?? '');
  expect(draft.meta.agencyName).toBe('某某县出错局');
  expect(draft.applications.newReceived.natural).toBe(7);

  const bug = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载错误报告' }).click();
  expect(readFileSync((await (await bug).path()) ?? '', 'utf8')).toMatch(/TypeError/);

  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '政府信息公开工作年度报告' })).toBeVisible();
  await expect(page.getByRole('row', { name: /某某县出错局/ })).toBeVisible();
});
