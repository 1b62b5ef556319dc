/**
 * Sticky headers and labels in a browser of the old-browser walk: the matrix's box is scrolled
 * to its middle, down and sideways, and every header row must still sit at the top of the box
 * (each cell sticks by itself: sticky `<thead>` needs Chromium 91+), the pinned labels at its
 * left, and the labels of the row in the middle of the box (the merged outer ones too) in view.
 * Leaves a screenshot in test-results/old-browsers/.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { WalkPage } from './walk-page';

const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'old-browsers');

/** Scrolls the matrix box to its middle (after two frames, so sticky cells are placed) and says what is out of place. */
function scrollAndMeasure(): Promise<string[]> {
  const box = document.querySelector<HTMLElement>('.grid-applications-wrap .grid-scroll');
  const table = box?.querySelector('table');
  if (!box || !table?.tHead) return Promise.resolve(['没有找到表三的滚动区域']);
  box.scrollIntoView();
  box.scrollTop = (box.scrollHeight - box.clientHeight) / 2;
  box.scrollLeft = (box.scrollWidth - box.clientWidth) / 2;
  const head = table.tHead;
  return new Promise((done) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const problems: string[] = [];
        const port = box.getBoundingClientRect();
        const top = port.top + box.clientTop;
        const left = port.left + box.clientLeft;
        const bottom = top + box.clientHeight;
        if (box.scrollTop <= 0 || box.scrollLeft <= 0)
          problems.push(`表三没有滚动（向下 ${box.scrollTop}，向右 ${box.scrollLeft}）`);
        let rowTop = top;
        for (const row of head.rows) {
          const cells = [...row.cells].filter((c) => !c.classList.contains('pin'));
          const first = cells[0]?.getBoundingClientRect();
          if (!first || Math.abs(first.top - rowTop) > 1.5)
            problems.push(`表头“${cells[0]?.textContent ?? ''}”不在滚动区顶部：${first?.top} ≠ ${rowTop}`);
          rowTop = Math.min(...cells.map((c) => c.getBoundingClientRect().bottom));
        }
        const pinned = table.querySelector('tbody th.pin-0')?.getBoundingClientRect();
        if (!pinned || Math.abs(pinned.left - left) > 1.5)
          problems.push(`行标签没有固定在左侧：${pinned?.left} ≠ ${left}`);
        const headBottom = head.getBoundingClientRect().bottom;
        const y = (headBottom + bottom) / 2;
        const labels = [...table.querySelectorAll('tbody th')].filter((th) => {
          const r = th.getBoundingClientRect();
          return r.top <= y && r.bottom > y;
        });
        if (labels.length === 0) problems.push('滚动区中间一行没有行标签');
        for (const th of labels) {
          const r = (th.querySelector('.label-stuck') ?? th).getBoundingClientRect();
          if (r.top < headBottom - 1 || r.bottom > bottom + 1 || r.left < left - 1)
            problems.push(`行标签“${th.textContent ?? ''}”不在视野内`);
        }
        done(problems);
      }),
    ),
  );
}

/** Fails the walk when the matrix's header or labels scroll out of view; saves a screenshot. */
export async function checkStickyMatrix(page: WalkPage): Promise<void> {
  const problems = await page.evaluate(scrollAndMeasure);
  const browser = await page.evaluate(
    () => /(Chrome|Firefox)\/(\d+)/.exec(navigator.userAgent)?.slice(1).join('-') ?? '',
  );
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${browser}-matrix-mid.png`) });
  if (problems.length > 0) throw new Error(`表三滚动到中间时：${problems.join('；')}`);
}
