import { expect, test } from '@playwright/test';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import type { Draft } from '../src/report/schema';
import { openForReview, writeDraft } from './review-helpers';

/**
 * The review page on office screens narrower than 1120 px (1024×768, 1366×768 at 125 %): the
 * panel (审核结论, 自退回以来的修改, 添加审核意见) stays beside the report instead of under its
 * whole length, and the report's narrower sheet still fits every number in its cell.
 * Leaves screenshots in the test's output folder.
 */
const SIZES = [
  { name: '1024x768', width: 1024, height: 768, scale: 1 },
  { name: '1366x768 at 125%', width: 1093, height: 614, scale: 1.25 },
];

function submitted(): Draft {
  const d = sampleDraft();
  return {
    ...d,
    review: {
      status: 'submitted',
      history: [{ status: 'submitted', by: '张三', at: '2026-01-10T09:00:00+08:00' }],
      comments: [],
    },
  };
}

for (const size of SIZES) {
  test(`${size.name}: the review panel sits beside the report, in reach while reading`, async ({
    browser,
  }, testInfo) => {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: size.scale,
    });
    const page = await context.newPage();
    await openForReview(page, writeDraft('送审.json', submitted()));
    const report = page.getByRole('region', { name: '报告全文（只读）' });
    const side = page.getByRole('complementary', { name: '审核' });
    const decision = side.getByRole('heading', { name: '审核结论', exact: true });
    await expect(decision).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('review-top.png') });
    const [r, s] = await Promise.all([report.boundingBox(), side.boundingBox()]);
    expect(s!.x).toBeGreaterThanOrEqual(r!.x + r!.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);

    // mid-report, at the matrix: the panel is still on screen, the report does not scroll sideways
    await page.locator('#report-table-applications').evaluate((el) => el.scrollIntoView());
    await expect(decision).toBeInViewport();
    await expect(side.getByRole('heading', { name: '审核意见', exact: true })).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('review-matrix.png') });
    expect(await report.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const overflowing = await page
      .locator('.review-report td.cell-value')
      .evaluateAll((cells) => cells.filter((td) => td.scrollWidth > td.clientWidth).length);
    expect(overflowing).toBe(0);
    await context.close();
  });
}
