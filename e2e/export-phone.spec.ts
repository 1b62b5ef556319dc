import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { TABLE_SCROLL_HINT } from '../src/export/html-cell';
import { renderReportHtml } from '../src/export/html';
import { buildReportDocument } from '../src/export/report-document';
import { sampleDraft } from '../src/report/fixtures/sample-draft';

/**
 * The HTML export on a phone (390 px, as on the government website): each table scrolls
 * sideways inside its own box with the row labels pinned, every number beside its label;
 * the title breaks only between its words.
 */
test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });

async function openExport(page: Page) {
  await page.setContent(renderReportHtml(buildReportDocument(sampleDraft())), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const region = (page: Page, id: string): Locator =>
  page.locator(`.report-table-scroll:has(> #report-table-${id})`);

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Per body row with numbers: its innermost pinned label, its first and last number (viewport boxes). */
function rowsOf(table: Locator) {
  return table.evaluate((t) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return [...t.querySelectorAll('tbody tr')].flatMap((tr) => {
      const values = [...tr.querySelectorAll('td.cell-value')];
      if (values.length === 0) return [];
      const labels = [...tr.querySelectorAll('th.cell-pin')].map(box);
      const label = labels.sort((a, b) => b.right - a.right)[0];
      return [{ text: tr.textContent ?? '', label, first: box(values[0]!), last: box(values.at(-1)!) }];
    });
  });
}

const inside = (b: Box, r: Box) => b.left >= r.left - 0.5 && b.right <= r.right + 0.5;
const beside = (label: Box, cell: Box) =>
  cell.left >= label.right - 0.5 &&
  (cell.top + cell.bottom) / 2 > label.top &&
  (cell.top + cell.bottom) / 2 < label.bottom;

for (const id of ['proactive', 'applications']) {
  test(`table ${id}: scrolled to either end, every row's label stays in view beside its numbers`, async ({
    page,
  }, testInfo) => {
    await openExport(page);
    const box = region(page, id);
    await box.scrollIntoViewIfNeeded();
    const table = box.locator('table');
    const area = await box.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left,
        right: r.left + el.clientWidth,
        top: r.top,
        bottom: r.bottom,
        scrolls: el.scrollWidth > el.clientWidth,
      };
    });
    // the box never widens the page
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    if (id === 'applications') expect(area.scrolls).toBe(true);

    for (const row of await rowsOf(table)) {
      expect(row.label, row.text).toBeDefined();
      expect(inside(row.label!, area), row.text).toBe(true);
      expect(beside(row.label!, row.first), row.text).toBe(true);
    }
    await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    if (area.scrolls) await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.screenshot({ path: testInfo.outputPath(`phone-${id}-scrolled.png`) });
    for (const row of await rowsOf(table)) {
      // the label column stays put; the last number (总计) is in view, right of the label, not under it
      expect(inside(row.label!, area), row.text).toBe(true);
      expect(inside(row.last, area), row.text).toBe(true);
      expect(beside(row.label!, row.last), row.text).toBe(true);
    }
  });
}

test('every number fits its cell at 390 px (digits never run into the next cell)', async ({ page }) => {
  await openExport(page);
  const overflowing = await page.evaluate(
    () =>
      [...document.querySelectorAll('td.cell-value')].filter((td) => td.scrollWidth > td.clientWidth).length,
  );
  expect(await page.locator('td.cell-value').count()).toBeGreaterThan(100);
  expect(overflowing).toBe(0);
});

test('table 四 scrolls inside its box to its last 总计 column', async ({ page }) => {
  await openExport(page);
  const box = region(page, 'appeals');
  await box.scrollIntoViewIfNeeded();
  await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const lastHeader = box.locator('thead tr').last().locator('th').last();
  await expect(lastHeader).toHaveText('总计');
  const [cell, area] = await Promise.all([
    lastHeader.evaluate((el) => el.getBoundingClientRect().right),
    box.evaluate((el) => el.getBoundingClientRect().left + el.clientWidth),
  ]);
  expect(cell).toBeLessThanOrEqual(area + 0.5);
});

for (const width of [390, 320]) {
  test(`at ${width} px the title breaks only between its words, never inside one`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 700 });
    await openExport(page);
    const lines = await page.locator('h1').evaluate((h1) =>
      [...h1.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => {
          const range = document.createRange();
          range.selectNodeContents(n);
          return [n.textContent, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size];
        }),
    );
    expect(lines.map(([text]) => text)).toEqual([
      '示例县人民政府办公室',
      '2025年',
      '政府信息公开',
      '工作年度报告',
    ]);
    for (const [text, lineCount] of lines) expect(lineCount, String(text)).toBe(1);
    // and it does break: the whole title is wider than the line
    const height = await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(40);
    await page.locator('h1').screenshot({ path: testInfo.outputPath(`title-${width}.png`) });
  });
}

const hintOf = (box: Locator) => box.evaluate((el) => getComputedStyle(el, '::before').content);

test('a table wider than the phone says 左右滑动查看全表 above it; one that fits, a wide screen and paper do not', async ({
  page,
}, testInfo) => {
  await openExport(page);
  const hint = `"${TABLE_SCROLL_HINT}"`;
  for (const id of ['applications', 'appeals']) {
    const box = region(page, id);
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth), id).toBe(true);
    expect(await hintOf(box), id).toBe(hint);
    // the words take a line above the table, and stay at the left while it scrolls
    const [boxTop, tableTop] = await Promise.all([
      box.evaluate((el) => el.getBoundingClientRect().top),
      box.locator('table').evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(tableTop - boxTop, id).toBeGreaterThan(12);
    await box.evaluate((el) => (el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2));
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await box.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const shown = await box.boundingBox();
    if (shown)
      await page.screenshot({
        path: testInfo.outputPath(`phone-${id}-mid.png`),
        clip: { ...shown, height: Math.min(shown.height, 420) },
      });
  }
  const proactive = region(page, 'proactive');
  expect(await proactive.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
  expect(await hintOf(proactive)).toBe('none');

  await page.emulateMedia({ media: 'print' });
  for (const id of ['proactive', 'applications', 'appeals'])
    expect(await hintOf(region(page, id)), id).toBe('none');
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const id of ['proactive', 'applications', 'appeals'])
    expect(await hintOf(region(page, id)), id).toBe('none');
});
