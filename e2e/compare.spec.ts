import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import { setPath } from '../src/report/paths';
import type { Draft } from '../src/report/schema';
import { axeViolations } from './axe';
import { writeDraft } from './review-helpers';
import { loadSample } from './wizard-helpers';

/** Last year's draft: the example for 2024 with three numbers different from this year's. */
function lastYear(): Draft {
  let d = sampleDraft();
  d = { ...d, meta: { ...d.meta, year: 2024 } };
  d = setPath(d, 'proactive.licensing', 1400); // this year 1523: +123
  d = setPath(d, 'applications.newReceived.natural', 45); // this year 40: −5
  return setPath(d, 'applications.carriedForward.natural', 5); // this year's 上年结转 is 3: X1
}

test('compare with last year’s draft file: changed cells carry +/−, the X1 warning is shown', async ({
  page,
}) => {
  await loadSample(page);
  await page.goto('./');
  await page.getByRole('link', { name: /与上年比较.*示例县人民政府办公室 2025 年/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '与上年比较' })).toBeVisible();
  await page.getByLabel('选择上年的报告').setInputFiles(writeDraft('last-year.json', lastYear()));
  await expect(
    page.getByRole('heading', { level: 1, name: /与上年比较：示例县人民政府办公室/ }),
  ).toBeVisible();

  // Three typed numbers and the two totals they feed (一 and 四 of 三).
  await expect(page.getByText('共有 5 个数字与上年不同')).toBeVisible();
  const findings = page.getByRole('region', { name: '跨年度核对' });
  // The rule by its Chinese name: the code (X1) is for the command line.
  await expect(findings).toContainText('提醒：上年结转与上年报告不一致');
  await expect(findings).not.toContainText('X1');
  await expect(findings).toContainText('上年结转');

  const licensing = page
    .getByRole('row', { name: /行政许可/ })
    .getByRole('cell')
    .first();
  await expect(licensing).toHaveClass(/changed/);
  await expect(licensing).toContainText('1523');
  await expect(licensing).toContainText('上年 1400');
  await expect(licensing).toContainText('+123');
  const natural = page
    .getByRole('row', { name: /本年新收/ })
    .getByRole('cell')
    .first();
  await expect(natural).toContainText('−5');
  const unchanged = page
    .getByRole('row', { name: /行政处罚/ })
    .getByRole('cell')
    .first();
  await expect(unchanged).not.toHaveClass(/changed/);

  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.screenshot({ path: '/tmp/review-compare.png' });
});

const PUBLISHED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures/published/haiyuan-jiguan-2024.txt',
);

test('compare with last year’s published report (.txt) read through the importer', async ({ page }) => {
  const id = await loadSample(page);
  await page.goto(`./#/compare/${id}`);
  await page.getByLabel('选择上年的报告').setInputFiles(PUBLISHED);
  await expect(page.getByRole('heading', { level: 1, name: /2025 年 \/ 2024 年$/ })).toBeVisible();
  await expect(page.locator('td.changed').first()).toBeVisible();
  await expect(page.getByRole('region', { name: '跨年度核对' })).toContainText('上年结转与上年报告不一致');
  await expect(page.getByRole('region', { name: '跨年度核对' })).not.toContainText('X1');
});
