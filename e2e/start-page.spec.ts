import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { axeViolations } from './axe';

test('the start page shows the tool in Chinese and passes axe-core', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: '政府信息公开工作年度报告' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the app makes no request to any other host', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== new URL(baseURL ?? '').origin && url.protocol !== 'data:') foreign.push(r.url());
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(foreign).toEqual([]);
});

test('the single-file build works opened straight from disk', async ({ page }) => {
  const file = pathToFileURL(resolve(import.meta.dirname, '..', 'dist-single', 'index.html')).href;
  await page.goto(file);
  await expect(page.getByRole('heading', { level: 1, name: '政府信息公开工作年度报告' })).toBeVisible();
});
