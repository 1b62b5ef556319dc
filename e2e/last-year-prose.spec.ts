import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { openStep } from './wizard-helpers';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'published');
const published = readFileSync(resolve(FIXTURES, 'huaian-city-2024.txt'), 'utf8');
const squeeze = (s: string) => s.replace(/\s+/g, '');

test('a report started from last year’s shows last year’s text beside each field, not copied in, with one click to copy a paragraph', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('./#/import/next-year');
  await page.getByLabel('粘贴报告全文').fill(published);
  await page.getByRole('button', { name: '识别粘贴的文字' }).click();
  await page.getByRole('button', { name: '以它为上年报告，开始 2025 年的报告' }).click();
  await expect(page).toHaveURL(/#\/report\/[^/]+\/basics$/);

  await openStep(page, '一、总体情况');
  const field = page.locator('[name="overview.proactive"]');
  await expect(field).toHaveValue('');
  const aside = page.locator('.prose-pair', { has: field }).locator('.last-year-prose');
  await expect(aside.locator('summary')).toContainText('2024 年报告此处的文字');
  const paragraphs = aside.locator('.last-year-paragraphs li p');
  expect(await paragraphs.count()).toBeGreaterThan(0);
  const first = (await paragraphs.first().textContent()) ?? '';
  // Last year's words, read from the published report itself.
  expect(first.length).toBeGreaterThan(10);
  expect(squeeze(published)).toContain(squeeze(first).slice(0, 40));

  // Beside the field on a wide screen, not below it.
  const fieldBox = await field.boundingBox();
  const asideBox = await aside.boundingBox();
  expect(asideBox && fieldBox && asideBox.x).toBeGreaterThan((fieldBox?.x ?? 0) + (fieldBox?.width ?? 0) - 1);
  await page.screenshot({ path: '/tmp/issue14-item19-last-year-1366.png' });

  await aside.getByRole('button', { name: '复制此段（主动公开上年第 1 段）' }).click();
  await expect(aside.getByRole('status')).toHaveText(/已复制第 1 段/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
  await expect(field).toHaveValue('');
  expect(await axeViolations(page)).toEqual([]);

  // On a narrow screen it sits below the field.
  await page.setViewportSize({ width: 1024, height: 768 });
  const narrowField = await field.boundingBox();
  const narrowAside = await aside.boundingBox();
  expect(narrowAside?.y).toBeGreaterThan((narrowField?.y ?? 0) + (narrowField?.height ?? 0) - 1);
  await page.screenshot({ path: '/tmp/issue14-item19-last-year-1024.png' });
});

test('a new report with no last year shows no last-year text', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('机关名称').fill('某某县商务局');
  await dialog.getByRole('button', { name: '创建' }).click();
  await openStep(page, '一、总体情况');
  await expect(page.locator('[name="overview.proactive"]')).toBeVisible();
  await expect(page.locator('.last-year-prose')).toHaveCount(0);
});
