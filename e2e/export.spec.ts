import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { DocxTable } from '../src/export/test-docx-tables';
import { docxTables, mergeColumn } from '../src/export/test-docx-tables';
import type { ParsedCell, ParsedTable } from '../src/export/test-html-tables';
import { parseTables } from '../src/export/test-html-tables';
import { gridTable } from '../src/report/table-model';
import { axeViolations } from './axe';
import { A4_POINTS, documentXml, exportFile, pdfMediaBoxes, pdfPageTexts } from './export-helpers';
import { loadSample, openStep, output, typeAt } from './wizard-helpers';

/**
 * Print and export from 检查与提交 for the example report (src/report/fixtures/sample-draft.ts).
 * Every expected number below is read off the sample by hand, totals summed by hand:
 *   一 (本年新收)  自然人 40, 商业企业 5, 科研机构 0, 社会公益组织 1, 法律服务机构 2, 其他 1 → 总计 49
 *   二 (上年结转)  3, 1, 0, 0, 0, 0 → 4
 *   （一）予以公开 18, 2, 0, 0, 1, 0 → 21
 *   （七）总计     自然人 18+4+1+2+1+9+1+2+1+1 = 40; 商业企业 2+1+1 = 4; 科研机构 0;
 *                  社会公益组织 1; 法律服务机构 1; 其他 1 → 47
 *   四 (结转下年)  3, 2, 0, 0, 1, 0 → 6           (49 + 4 = 47 + 6)
 *   四、复议诉讼   行政复议 2, 1, 0, 1 → 4; 未经复议直接起诉 1, 0, 0, 1 → 2; 复议后起诉 0 → 0
 */
const TITLE = '示例县人民政府办公室2025年政府信息公开工作年度报告';
const NEW_RECEIVED = '一、本年新收政府信息公开申请数量';
const CARRIED_OVER = '二、上年结转政府信息公开申请数量';
const RESULTS = '三、本年度办理结果';
const TOTAL_ROW = '（七）总计';
const CARRIED_FORWARD = '四、结转下年度继续办理';
const EXPECTED_ROWS: readonly (readonly [string, readonly string[]])[] = [
  [NEW_RECEIVED, ['40', '5', '0', '1', '2', '1', '49']],
  [CARRIED_OVER, ['3', '1', '0', '0', '0', '0', '4']],
  ['（一）予以公开', ['18', '2', '0', '0', '1', '0', '21']],
  [TOTAL_ROW, ['40', '4', '0', '1', '1', '1', '47']],
  [CARRIED_FORWARD, ['3', '2', '0', '0', '1', '0', '6']],
];
const APPEALS_ROW = ['2', '1', '0', '1', '4', '1', '0', '0', '1', '2', '0', '0', '0', '0', '0'];
const DRAFT_BANNER = '草稿（未经审核，不得发布）';

const workDir = mkdtempSync(join(tmpdir(), 'export-ui-'));

async function openCheckWithSample(page: Page): Promise<void> {
  await loadSample(page);
  await openStep(page, '检查与提交');
  await expect(page.locator('.report-view .report-title')).toHaveText(TITLE);
}

const docxRow = (t: DocxTable | undefined, label: string) =>
  t?.rows.find((r) => r.cells.some((c) => c.text === label));
const htmlCell = (t: ParsedTable | undefined, text: string): ParsedCell | undefined =>
  [...(t?.head ?? []), ...(t?.body ?? [])].flat().find((c) => c.html === text);
const htmlRow = (t: ParsedTable | undefined, label: string) =>
  t?.body.find((r) => r.some((c) => c.html === label));

test('Word export: three tables with the official merged cells and every number, totals included', async ({
  page,
}) => {
  await openCheckWithSample(page);
  const file = await exportFile(page, '导出 Word（.docx）');
  expect(file.name).toBe(`${TITLE}.docx`);
  writeFileSync('/tmp/export-sample.docx', file.bytes);
  const xml = await documentXml(file.bytes);
  expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
  expect(xml).toContain(TITLE);
  expect(xml).not.toContain('草稿');
  const [proactive, matrix, appeals] = docxTables(xml);

  // 二: block headings span the 4 columns; a single-value block merges its value over 3.
  expect(proactive?.gridColumns).toBe(4);
  expect(docxRow(proactive, '第二十条第（一）项')?.cells[0]?.gridSpan).toBe(4);
  expect(docxRow(proactive, '规章')?.cells.map((c) => c.text)).toEqual(['规章', '1', '0', '12']);
  expect(docxRow(proactive, '行政规范性文件')?.cells.map((c) => c.text)).toEqual([
    '行政规范性文件',
    '8',
    '3',
    '56',
  ]);
  expect(docxRow(proactive, '行政许可')?.cells.map((c) => [c.text, c.gridSpan])).toEqual([
    ['行政许可', 1],
    ['1523', 3],
  ]);
  expect(docxRow(proactive, '行政事业性收费')?.cells[1]?.text).toBe('12.3456');

  // 三: 3 label columns + 7 values; the corner spans 3 columns and 3 header rows.
  expect(matrix?.gridColumns).toBe(10);
  expect(matrix?.rows.filter((r) => r.header)).toHaveLength(3);
  expect(matrix?.rows[0]?.cells[0]).toMatchObject({ gridSpan: 3, vMerge: 'restart' });
  expect(matrix?.rows[0]?.cells[1]).toMatchObject({ text: '申请人情况', gridSpan: 7 });
  expect(matrix?.rows[1]?.cells.find((c) => c.text === '法人或其他组织')?.gridSpan).toBe(5);
  expect(docxRow(matrix, NEW_RECEIVED)?.cells[0]?.gridSpan).toBe(3);
  expect(docxRow(matrix, '（一）予以公开')?.cells.find((c) => c.text === '（一）予以公开')?.gridSpan).toBe(2);
  // 三、本年度办理结果 runs down the first column over 22 body rows: restart + 21 continue.
  const firstColumn = mergeColumn(matrix as DocxTable, 0).slice(3);
  const start = firstColumn.indexOf('restart');
  expect(docxRow(matrix, RESULTS)?.cells[0]?.text).toBe(RESULTS);
  expect(firstColumn.slice(start, start + 23)).toEqual(['restart', ...Array(21).fill('continue'), '-']);
  // （三）不予公开 spans its 8 items in the second column.
  const secondColumn = mergeColumn(matrix as DocxTable, 1);
  const withheld = matrix?.rows.findIndex((r) => r.cells.some((c) => c.text === '（三）不予公开')) ?? -1;
  expect(secondColumn.slice(withheld, withheld + 9)).toEqual([
    'restart',
    ...Array(7).fill('continue'),
    'restart',
  ]);
  for (const [label, numbers] of EXPECTED_ROWS)
    expect(
      docxRow(matrix, label)
        ?.cells.slice(-7)
        .map((c) => c.text),
      label,
    ).toEqual(numbers);

  // 四: 行政复议 (5) and 行政诉讼 (10); the data row with the three 总计.
  expect(appeals?.gridColumns).toBe(15);
  expect(appeals?.rows[0]?.cells.map((c) => [c.text, c.gridSpan])).toEqual([
    ['行政复议', 5],
    ['行政诉讼', 10],
  ]);
  expect(appeals?.rows.at(-1)?.cells.map((c) => c.text)).toEqual(APPEALS_ROW);
});

test('HTML export: the official rowspans and colspans, header scopes and every number', async ({ page }) => {
  await openCheckWithSample(page);
  const file = await exportFile(page, '导出 HTML');
  expect(file.name).toBe(`${TITLE}.html`);
  const html = file.bytes.toString('utf8');
  expect(html).toMatch(/^<!DOCTYPE html>/i);
  expect(html).toContain(
    '<h1 class="report-title">示例县人民政府办公室<wbr>2025年<wbr>政府信息公开<wbr>工作年度报告</h1>',
  );
  expect(html.replace(/<wbr>/g, '')).toContain(`<h1 class="report-title">${TITLE}</h1>`);
  const [proactive, matrix, appeals] = parseTables(html);
  expect(parseTables(html)).toHaveLength(3);

  expect(
    htmlCell(matrix, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
  ).toMatchObject({
    rowSpan: 3,
    colSpan: 3,
  });
  expect(htmlCell(matrix, '申请人情况')).toMatchObject({ colSpan: 7, attrs: { scope: 'colgroup' } });
  expect(htmlCell(matrix, '自然人')).toMatchObject({ rowSpan: 2, attrs: { scope: 'col' } });
  expect(htmlCell(matrix, '法人或其他组织')).toMatchObject({ colSpan: 5 });
  expect(matrix?.head[1]?.at(-1)).toMatchObject({ html: '总计', rowSpan: 2 });
  expect(htmlCell(matrix, NEW_RECEIVED)).toMatchObject({ colSpan: 3, attrs: { scope: 'row' } });
  expect(htmlCell(matrix, RESULTS)?.rowSpan).toBe(22);
  expect(htmlCell(matrix, '（一）予以公开')?.colSpan).toBe(2);
  expect(htmlCell(matrix, '（三）不予公开')?.rowSpan).toBe(8);
  expect(htmlCell(matrix, '（四）无法提供')?.rowSpan).toBe(3);
  expect(htmlCell(matrix, '（五）不予处理')?.rowSpan).toBe(5);
  expect(htmlCell(matrix, '（六）其他处理')?.rowSpan).toBe(3);
  expect(htmlCell(matrix, TOTAL_ROW)?.colSpan).toBe(2);
  expect(matrix?.body).toHaveLength(25);
  for (const [label, numbers] of EXPECTED_ROWS)
    expect(
      htmlRow(matrix, label)
        ?.slice(-7)
        .map((c) => c.html),
      label,
    ).toEqual(numbers);

  expect(htmlCell(appeals, '行政复议')?.colSpan).toBe(5);
  expect(htmlCell(appeals, '行政诉讼')?.colSpan).toBe(10);
  expect(htmlCell(appeals, '未经复议直接起诉')?.colSpan).toBe(5);
  expect(htmlCell(appeals, '复议后起诉')?.colSpan).toBe(5);
  expect(appeals?.head[1]?.slice(0, 5).map((c) => c.rowSpan)).toEqual([2, 2, 2, 2, 2]);
  expect(appeals?.body[0]?.map((c) => c.html)).toEqual(APPEALS_ROW);
  expect(htmlRow(proactive, '行政许可')?.map((c) => [c.html, c.colSpan])).toEqual([
    ['行政许可', 1],
    ['1523', 3],
  ]);
});

test('plain-text export: the title and tab-separated rows with the computed totals', async ({ page }) => {
  await openCheckWithSample(page);
  const file = await exportFile(page, '导出纯文本');
  expect(file.name).toBe(`${TITLE}.txt`);
  const lines = file.bytes.toString('utf8').split(/\r?\n/);
  expect(lines[0]).toBe(TITLE);
  expect(lines).toContain(`${NEW_RECEIVED}\t40\t5\t0\t1\t2\t1\t49`);
  expect(lines).toContain(`${RESULTS}\t${TOTAL_ROW}\t40\t4\t0\t1\t1\t1\t47`);
  expect(lines).toContain(`${CARRIED_FORWARD}\t3\t2\t0\t0\t1\t0\t6`);
  expect(lines).toContain(APPEALS_ROW.join('\t'));
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toHaveText(`已导出“${TITLE}.txt”。`);
});

test('markup a clerk types into 机关名称 and the prose is text in the preview, the HTML and the Word file', async ({
  page,
}) => {
  await loadSample(page);
  await typeAt(page, 'meta.agencyName', '示例<script>alert(1)</script>局');
  await openStep(page, '一、总体情况');
  await typeAt(page, 'overview.summary', '今年<script>alert(2)</script><b>加粗</b>&amp;');
  await openStep(page, '检查与提交');
  const view = page.locator('.report-view');
  await expect(view.locator('.report-title')).toHaveText(
    '示例<script>alert(1)</script>局2025年政府信息公开工作年度报告',
  );
  await expect(view.locator('script, b')).toHaveCount(0);
  await expect(view).toContainText('今年<script>alert(2)</script><b>加粗</b>&amp;');

  const html = (await exportFile(page, '导出 HTML')).bytes.toString('utf8');
  expect(html).not.toMatch(/<script|<b>/i);
  expect(html).toContain('示例&lt;script&gt;alert(1)&lt;/script&gt;局2025年政府信息公开工作年度报告');
  expect(html).toContain('今年&lt;script&gt;alert(2)&lt;/script&gt;&lt;b&gt;加粗&lt;/b&gt;&amp;amp;');

  const word = await exportFile(page, '导出 Word（.docx）');
  expect(word.name).not.toMatch(/[<>]/);
  const xml = await documentXml(word.bytes);
  expect(xml).not.toContain('<script>');
  expect(xml).toContain('今年&lt;script&gt;alert(2)&lt;/script&gt;&lt;b&gt;加粗&lt;/b&gt;&amp;amp;');
});

test('a broken 勾稽关系 refuses export with the finding listed; the draft copy goes out marked 草稿', async ({
  page,
}) => {
  let downloads = 0;
  page.on('download', () => downloads++);
  await loadSample(page);
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  await typeAt(page, 'applications.newReceived.natural', '41');
  await openStep(page, '检查与提交');

  for (const button of ['导出 Word（.docx）', '导出 HTML', '导出纯文本', '打印']) {
    await page.getByRole('button', { name: button, exact: true }).click();
    const refused = page.getByRole('alert').filter({ hasText: '不能导出正式报告' });
    await expect(refused).toBeFocused();
    await expect(refused).toContainText('报告有 1 个错误，不能导出正式报告');
    await expect(refused.getByRole('link', { name: /“自然人”列勾稽关系不成立.*多 1 件/ })).toBeVisible();
  }
  await page.screenshot({ path: '/tmp/export-refused.png', fullPage: true });
  expect(downloads).toBe(0);

  // The finding is a link to the cell, like the other finding links.
  await page
    .getByRole('alert')
    .filter({ hasText: '不能导出正式报告' })
    .getByRole('link', { name: /勾稽关系不成立/ })
    .click();
  await expect(page).toHaveURL(/\/applications$/);
  await expect(output(page, 'applications.results.total.natural')).toBeFocused();

  await openStep(page, '检查与提交');
  await page.getByLabel('导出草稿副本（带“草稿”标记）').check();
  await expect(page.locator('.report-view .draft-banner')).toHaveText(DRAFT_BANNER);
  const text = await exportFile(page, '导出纯文本');
  expect(text.name).toBe(`${TITLE}（草稿）.txt`);
  expect(text.bytes.toString('utf8')).toContain(DRAFT_BANNER);
  expect(text.bytes.toString('utf8')).toContain(`${NEW_RECEIVED}\t41\t5\t0\t1\t2\t1\t50`);
  const html = await exportFile(page, '导出 HTML');
  expect(html.name).toBe(`${TITLE}（草稿）.html`);
  expect(html.bytes.toString('utf8')).toContain(DRAFT_BANNER);
  const word = await exportFile(page, '导出 Word（.docx）');
  expect(word.name).toBe(`${TITLE}（草稿）.docx`);
  expect(await documentXml(word.bytes)).toContain(DRAFT_BANNER);
  expect(downloads).toBe(3);
  await page.screenshot({ path: '/tmp/export-draft-copy.png', fullPage: true });
});

const MATRIX_LABELS = gridTable('applications')
  .body.flat()
  .filter((c) => c.kind === 'rowHeader' && c.scope === 'row' && (c.text ?? '').length <= 11)
  .map((c) => c.text ?? '');

test('printing 检查与提交 prints the report alone: A4, numbered, table 三’s header on each of its pages', async ({
  page,
}) => {
  await loadSample(page);
  await openStep(page, '一、总体情况');
  // More prose in part 一 moves table 三 down so that it spans a page break.
  const paragraph =
    '围绕重点领域信息公开，持续完善主动公开目录，及时发布政策文件、解读材料和办事指南，回应社会关切。';
  await typeAt(page, 'overview.platform', Array(7).fill(paragraph).join('\n'));
  await openStep(page, '检查与提交');
  await expect(page.locator('.report-view .report-title')).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const path = join(workDir, 'check-step.pdf');
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true }));

  const boxes = pdfMediaBoxes(path);
  expect(boxes.length).toBeGreaterThanOrEqual(3);
  for (const [, , w, h] of boxes) {
    expect(Math.abs((w ?? 0) - A4_POINTS[0])).toBeLessThan(1.5);
    expect(Math.abs((h ?? 0) - A4_POINTS[1])).toBeLessThan(1.5);
  }
  const texts = pdfPageTexts(path);
  expect(texts[0]?.startsWith(TITLE)).toBe(true);
  texts.forEach((t, i) => expect(t).toContain(`—${i + 1}—`));
  for (const chrome of ['填写步骤', '打印与导出', '提交审核', '核对填写内容', '报告预览', '全部草稿'])
    for (const t of texts) expect(t).not.toContain(chrome);
  const tablePages = texts.filter((t) => MATRIX_LABELS.some((label) => t.includes(label)));
  expect(tablePages.length).toBeGreaterThan(1);
  for (const t of tablePages)
    for (const label of ['申请人情况', '法人或其他组织', '总计']) expect(t).toContain(label);
});

test('Ctrl+P on a wizard step prints the report itself, marked 草稿 while it has errors', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => {
      const top = window.top as (Window & { printed?: string[] }) | null;
      if (top) (top.printed ??= []).push(document.body.innerText);
    };
  });
  await loadSample(page);
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  const printed = () => page.evaluate(() => (window as Window & { printed?: string[] }).printed ?? []);
  await page.keyboard.press('Control+p');
  await expect.poll(async () => (await printed()).length).toBe(1);
  const final = (await printed())[0] ?? '';
  expect(final).toContain(TITLE);
  expect(final).toContain(NEW_RECEIVED);
  expect(final).not.toContain('草稿');

  await typeAt(page, 'applications.newReceived.natural', '41');
  await page.keyboard.press('Control+p');
  await expect.poll(async () => (await printed()).length).toBe(2);
  expect((await printed())[1]).toContain(DRAFT_BANNER);
});

test('检查与提交 with the export section and the preview passes axe-core', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openCheckWithSample(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/export-check.png', fullPage: true });
  await page.getByLabel('导出草稿副本（带“草稿”标记）').check();
  await expect(page.locator('.report-view .draft-banner')).toBeVisible();
  // The faint diagonal 草稿 is decoration (aria-hidden; WCAG 1.4.3 exempts it): the banner says it in text.
  expect(await axeViolations(page)).toEqual([]);
});
