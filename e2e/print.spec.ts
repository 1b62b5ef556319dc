import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { renderReportHtml } from '../src/export/html';
import { buildReportDocument } from '../src/export/report-document';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import { setPath } from '../src/report/paths';
import { A4_POINTS, pdfMediaBoxes, pdfPageTexts } from './export-helpers';
import type { Draft } from '../src/report/schema';
import { gridTable } from '../src/report/table-model';
import { PROACTIVE_BLOCKS } from '../src/report/layout/proactive-blocks';

/**
 * Print of the HTML export in real Chromium (page.pdf honours @page like the print dialog):
 * A4 pages, page numbers, table 三's header on every page the table spans. Page text is
 * read with poppler's pdftotext.
 */
const workDir = mkdtempSync(join(tmpdir(), 'report-print-'));

async function printToPdf(page: Page, draft: Draft, name: string, draftMark = false): Promise<string> {
  await page.setContent(renderReportHtml(buildReportDocument(draft, { draftMark })), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const path = join(workDir, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

const matrix = gridTable('applications');
/** Short body labels of table 三 (they never wrap in their cell). */
const MATRIX_LABELS = matrix.body
  .flat()
  .filter((c) => c.kind === 'rowHeader' && c.scope === 'row' && (c.text ?? '').length <= 11)
  .map((c) => c.text ?? '');

/** The sample with `extra` more paragraphs in part 一, to move table 三 down the pages. */
function withExtraProse(extra: number): Draft {
  const para =
    '围绕重点领域信息公开，持续完善主动公开目录，及时发布政策文件、解读材料和办事指南，回应社会关切。';
  return setPath(
    sampleDraft(),
    'overview.platform',
    Array(extra + 1)
      .fill(para)
      .join('\n'),
  );
}

test('the sample report prints on several A4 pages, each numbered — n —', async ({ page }) => {
  const path = await printToPdf(page, sampleDraft(), 'sample');
  execFileSync('cp', [path, '/tmp/report-print.pdf']);
  const boxes = pdfMediaBoxes(path);
  expect(boxes.length).toBeGreaterThanOrEqual(3);
  for (const [x0, y0, w, h] of boxes) {
    expect([x0, y0]).toEqual([0, 0]);
    expect(Math.abs((w ?? 0) - (A4_POINTS[0] ?? 0))).toBeLessThan(1.5);
    expect(Math.abs((h ?? 0) - (A4_POINTS[1] ?? 0))).toBeLessThan(1.5);
  }
  const texts = pdfPageTexts(path);
  expect(texts).toHaveLength(boxes.length);
  texts.forEach((text, i) => expect(text).toContain(`—${i + 1}—`));
  expect(texts[0]).toContain('示例县人民政府办公室2025年政府信息公开工作年度报告');
});

test('table 三’s header is printed on every page the table spans', async ({ page }) => {
  let spansTwoPages = 0;
  for (const extra of [0, 3, 6, 9, 12]) {
    const texts = pdfPageTexts(await printToPdf(page, withExtraProse(extra), `extra-${extra}`));
    const tablePages = texts.filter((t) => MATRIX_LABELS.some((label) => t.includes(label)));
    expect(tablePages.length, `extra ${extra}`).toBeGreaterThanOrEqual(1);
    if (tablePages.length > 1) spansTwoPages++;
    for (const text of tablePages) {
      for (const label of ['申请人情况', '法人或其他组织', '总计']) expect(text).toContain(label);
    }
    // every body row's label is printed whole on one page (no row split across pages)
    for (const label of MATRIX_LABELS)
      expect(
        texts.filter((t) => t.includes(label)),
        label,
      ).toHaveLength(1);
  }
  expect(spansTwoPages).toBeGreaterThan(0);
});

test('a draft copy carries the 草稿 banner on page 1 and the watermark on every page', async ({ page }) => {
  const texts = pdfPageTexts(await printToPdf(page, sampleDraft(), 'draft', true));
  expect(texts[0]).toContain('草稿（未经审核，不得发布）');
  // the rotated watermark's two characters come out of pdftotext apart, among the body text
  for (const text of texts) {
    expect(text).toContain('草');
    expect(text).toContain('稿');
  }
  const final = pdfPageTexts(await printToPdf(page, sampleDraft(), 'final'));
  for (const text of final) expect(text).not.toMatch(/[草稿]/);
});

test('each block of table 二 (its 第二十条 heading to its last row) prints on one page', async ({ page }) => {
  const pagesOf = (texts: string[], text: string) => texts.flatMap((t, i) => (t.includes(text) ? [i] : []));
  let blockAtPageEnd = 0;
  // one extra paragraph is two printed lines: the blocks walk over the page end of page 2
  for (const extra of [0, 1, 2, 3, 4, 5, 6, 7]) {
    const texts = pdfPageTexts(await printToPdf(page, withExtraProse(extra), `proactive-${extra}`));
    for (const block of PROACTIVE_BLOCKS) {
      const headingPages = pagesOf(texts, block.heading);
      const lastRowPages = pagesOf(texts, block.rows.at(-1)?.label ?? '');
      expect(headingPages, `extra ${extra}`).toHaveLength(1);
      expect(lastRowPages, `extra ${extra}: ${block.heading}`).toEqual(headingPages);
    }
    // a block that starts a page right after the previous block's page: it was moved whole
    const starts = PROACTIVE_BLOCKS.map((b) => pagesOf(texts, b.heading)[0] ?? -1);
    if (new Set(starts).size > 1) blockAtPageEnd++;
  }
  expect(blockAtPageEnd).toBeGreaterThan(0);
});
