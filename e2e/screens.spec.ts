import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { TOTAL_LABEL } from '../src/report/layout/applicant-columns';
import { stepTitle } from '../src/report/layout/steps';
import { loadSample, openStep } from './wizard-helpers';

/**
 * The table steps on office screens: 1024×768, 1366×768 at 125 % and 150 % zoom (the
 * CSS viewport such a screen gives, at its device scale) and 1280×720. Labels keep a
 * readable width, a table scrolls in its own box with its header row stuck at the top
 * and its row labels at the left, 总计 is reachable, the task list folds up where narrow.
 * Each test leaves screenshots in its output folder.
 */
const SIZES = [
  { name: '1024x768', width: 1024, height: 768, scale: 1, folded: true },
  { name: '1366x768 at 125%', width: 1093, height: 614, scale: 1.25, folded: true },
  { name: '1366x768 at 150%', width: 911, height: 512, scale: 1.5, folded: true },
  { name: '1280x720', width: 1280, height: 720, scale: 1, folded: false },
  // narrow enough that the matrix also scrolls sideways in its box
  { name: '1024x768 at 125%', width: 819, height: 614, scale: 1.25, folded: true, sideways: true },
];

interface Rect {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

const rect = (target: Locator): Promise<Rect> =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
  });

/** The visible part of a scroll box (without its scroll bars). */
const scrollport = (box: Locator): Promise<Rect> =>
  box.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return {
      left: r.left + el.clientLeft,
      top: r.top + el.clientTop,
      right: r.left + el.clientLeft + el.clientWidth,
      bottom: r.top + el.clientTop + el.clientHeight,
      width: el.clientWidth,
      height: el.clientHeight,
    };
  });

const within = (inner: Rect, outer: Rect) =>
  inner.left >= outer.left - 1 &&
  inner.right <= outer.right + 1 &&
  inner.top >= outer.top - 1 &&
  inner.bottom <= outer.bottom + 1;

/** Text lines of an element (distinct line tops of its text). */
const lineCount = (target: Locator) =>
  target.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });

async function scrollTo(box: Locator, where: { left?: 'end' | 'middle'; top?: 'end' | 'middle' }) {
  await box.evaluate((el, w) => {
    const at = (how: 'end' | 'middle', full: number, seen: number) =>
      how === 'end' ? full : (full - seen) / 2;
    if (w.left) el.scrollLeft = at(w.left, el.scrollWidth, el.clientWidth);
    if (w.top) el.scrollTop = at(w.top, el.scrollHeight, el.clientHeight);
  }, where);
}

/** The body's row labels at height `y` (merged ones included), each with the box of its words. */
const labelsAcross = (table: Locator, y: number) =>
  table.evaluate((el, at) => {
    const found = [...el.querySelectorAll('tbody th')].filter((th) => {
      const r = th.getBoundingClientRect();
      return r.top <= at && r.bottom > at;
    });
    return found.map((th) => {
      const words = th.querySelector('.label-stuck') ?? th;
      const r = words.getBoundingClientRect();
      return {
        words: th.textContent ?? '',
        text: {
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          width: r.width,
          height: r.height,
        },
      };
    });
  }, y);

const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale });

    test(`the task list ${size.folded ? 'folds up to one line' : 'stays open beside the step'}`, async ({
      page,
    }, testInfo) => {
      await loadSample(page);
      const tasks = page.getByRole('navigation', { name: '填写步骤' });
      const unfold = tasks.getByRole('button', { name: /^全部步骤/ });
      const firstLink = tasks.getByRole('link', { name: stepTitle('overview') });
      if (size.folded) {
        await expect(unfold).toBeVisible();
        await expect(unfold).toContainText('第 1 / 8 步：基本信息');
        await expect(firstLink).toBeHidden();
        // it sits above the step, not beside it, and takes little height
        const [list, step] = await Promise.all([rect(tasks), rect(page.locator('main.step-area'))]);
        expect(list.bottom).toBeLessThanOrEqual(step.top);
        expect(list.height).toBeLessThan(80);
        await unfold.click();
        await expect(firstLink).toBeVisible();
        await page.screenshot({ path: testInfo.outputPath('task-list-unfolded.png') });
        await firstLink.click();
        await expect(page.getByRole('heading', { level: 1, name: stepTitle('overview') })).toBeVisible();
        await expect(firstLink).toBeHidden();
      } else {
        await expect(unfold).toBeHidden();
        await expect(firstLink).toBeVisible();
        const [list, step] = await Promise.all([rect(tasks), rect(page.locator('main.step-area'))]);
        expect(list.right).toBeLessThanOrEqual(step.left);
      }
    });

    test('table 三: readable labels, header and labels stay in view while its box scrolls, 总计 reachable', async ({
      page,
    }, testInfo) => {
      await loadSample(page);
      await openStep(page, stepTitle('applications'));
      const matrix = page.locator('table.grid-applications');
      const box = page.locator('.grid-applications-wrap .grid-scroll');
      await box.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath('matrix.png') });
      expect(await pageScrollsSideways(page)).toBe(false);

      // the innermost labels (1.属于国家秘密 …) never wrap to one character a line: 8 or more a line
      const inner = matrix.locator('tbody th.pin-2');
      expect(await inner.count()).toBeGreaterThan(15);
      for (const label of await inner.all()) {
        const text = (await label.textContent()) ?? '';
        expect((await rect(label)).width, text).toBeGreaterThanOrEqual(140);
        expect(await lineCount(label), text).toBeLessThanOrEqual(Math.ceil(text.length / 8));
      }
      // the box is no taller than the window: its own scroll, not the page's, keeps the header
      const port = await scrollport(box);
      expect(port.height).toBeLessThanOrEqual(size.height);

      // mid-matrix, scrolled down and sideways: every header row still at the top of the box,
      // and the labels of the row in the middle of the box (merged outer labels too) in view
      await scrollTo(box, { top: 'middle', left: 'middle' });
      await page.screenshot({ path: testInfo.outputPath('matrix-mid.png') });
      const mid = await scrollport(box);
      const scrolled = await box.evaluate((el) => ({ down: el.scrollTop > 0, sideways: el.scrollLeft > 0 }));
      expect(scrolled).toEqual({ down: true, sideways: 'sideways' in size });
      const headRows = matrix.locator('thead tr');
      expect(await headRows.count()).toBeGreaterThan(1);
      let rowTop = mid.top;
      for (const row of await headRows.all()) {
        const first = row.locator('th:not(.pin)').first();
        const r = await rect(first);
        expect(
          Math.abs(r.top - rowTop),
          `header row ${(await first.textContent()) ?? ''} at its place`,
        ).toBeLessThan(1.5);
        // the next row starts under this row's one-row cells
        rowTop = Math.min(
          ...(await Promise.all((await row.locator('th:not(.pin)').all()).map(rect))).map((c) => c.bottom),
        );
      }
      const headBottom = (await rect(matrix.locator('thead'))).bottom;
      for (const label of await labelsAcross(matrix, (headBottom + mid.bottom) / 2)) {
        expect(within(label.text, mid), `row label ${label.words} in view`).toBe(true);
        expect(label.text.top, `row label ${label.words} below the header`).toBeGreaterThanOrEqual(
          headBottom - 1,
        );
      }
      // the pinned labels start at the box's left edge, the numbers scroll under them
      const pinned = matrix.locator('tbody th.pin-0').first();
      expect(Math.abs((await rect(pinned)).left - mid.left)).toBeLessThan(1.5);

      await scrollTo(box, { top: 'end', left: 'end' });
      await page.screenshot({ path: testInfo.outputPath('matrix-scrolled.png') });
      const after = await scrollport(box);
      const header = matrix.locator('thead th', { hasText: '自然人' });
      const total = matrix.locator('thead th', { hasText: TOTAL_LABEL });
      expect(within(await rect(header), after), 'header row in view after scrolling').toBe(true);
      expect(within(await rect(total), after), `${TOTAL_LABEL} in view`).toBe(true);
      const lastRow = matrix.locator('tbody tr').last();
      const lastLabel = lastRow.locator('th').last();
      expect(within(await rect(lastLabel), after), 'last row label in view').toBe(true);
      expect(within(await rect(lastRow.locator('td').last()), after), 'its 总计 in view').toBe(true);
      // the label sits left of the numbers, not over them
      expect((await rect(lastLabel)).right).toBeLessThanOrEqual(
        (await rect(lastRow.locator('td').last())).left + 1,
      );
    });

    for (const id of ['proactive', 'appeals'] as const) {
      test(`table ${id === 'proactive' ? '二' : '四'}: readable headers, every column reachable`, async ({
        page,
      }, testInfo) => {
        await loadSample(page);
        await openStep(page, stepTitle(id));
        const table = page.locator(`table.grid-${id}`);
        const box = page.locator(`.grid-${id}-wrap .grid-scroll`);
        await box.scrollIntoViewIfNeeded();
        await page.screenshot({ path: testInfo.outputPath(`${id}.png`) });
        expect(await pageScrollsSideways(page)).toBe(false);
        for (const label of await table.locator('th.label').all()) {
          const text = (await label.textContent()) ?? '';
          expect((await rect(label)).width, text).toBeGreaterThanOrEqual(45);
          expect(await lineCount(label), text).toBeLessThanOrEqual(3);
        }
        await scrollTo(box, { left: 'end', top: 'end' });
        const port = await scrollport(box);
        const lastCell = table.locator('tbody tr').last().locator('td').last();
        expect(within(await rect(lastCell), port), 'last number in view').toBe(true);
        if (id === 'appeals') {
          const lastHeader = table.locator('thead tr').last().locator('th').last();
          await expect(lastHeader).toHaveText(TOTAL_LABEL);
          expect(within(await rect(lastHeader), port), `${TOTAL_LABEL} in view`).toBe(true);
        }
      });
    }
  });
}
