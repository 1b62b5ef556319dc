import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { expectValue, field, openStep, output, typeAt } from './wizard-helpers';

/**
 * Import of the real published reports (fixtures/published in this repository)
 * through the import page. Expected figures are read off the reports by hand.
 */
const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'published');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

const APPLICANTS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other'] as const;
const STEP_3 = '三、收到和处理政府信息公开申请情况';
const ALL_AGREE = '原报告印刷的各项合计与重新计算的结果一致。';

async function pasteAndRead(page: Page, text: string): Promise<void> {
  await page.goto('./#/import');
  await page.getByLabel('粘贴报告全文').fill(text);
  await page.getByRole('button', { name: '识别粘贴的文字' }).click();
}

const mapping = (page: Page) => page.getByRole('region', { name: '识别结果' });
const fact = (page: Page, term: string) => mapping(page).locator(`dt:text-is("${term}") + dd`);

async function expectRow(page: Page, row: string, values: readonly number[]): Promise<void> {
  for (const [i, col] of APPLICANTS.entries())
    await expectValue(field(page, `applications.${row}.${col}`), String(values[i]));
}

test('the start page leads to the import page and to 从上年报告开始', async ({ page }) => {
  await page.goto('./');
  await page.screenshot({ path: '/tmp/import-start.png' });
  await page.getByRole('link', { name: '导入已发布的报告' }).last().click();
  await expect(page).toHaveURL(/#\/import$/);
  await expect(page.getByRole('heading', { level: 1, name: '导入已发布的报告' })).toBeVisible();
  await page.goto('./');
  await page.getByRole('link', { name: '从上年报告开始' }).click();
  await expect(page).toHaveURL(/#\/import\/next-year$/);
  await expect(page.getByRole('heading', { level: 2, name: '从上年报告开始' })).toBeFocused();
  await expect(page.getByLabel('选择上年的草稿文件')).toBeAttached();
});

test('from 从上年报告开始, a read report’s main action is next year’s draft; from 导入 it is that year’s', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('link', { name: '从上年报告开始' }).click();
  await expect(page).toHaveURL(/#\/import\/next-year$/);
  await page.getByLabel('粘贴报告全文').fill(fixture('huaian-city-2024.txt'));
  await page.getByRole('button', { name: '识别粘贴的文字' }).click();
  const primary = page.locator('.import-actions .button.primary');
  await expect(primary).toHaveText('以它为上年报告，开始 2025 年的报告');
  await expect(page.locator('.import-actions .button').first()).toHaveText(
    '以它为上年报告，开始 2025 年的报告',
  );
  await expect(page.getByRole('button', { name: '只创建 2024 年报告的草稿' })).toBeVisible();
  await page.locator('.import-actions').screenshot({ path: '/tmp/issue14-next-year-actions.png' });

  await page.goto('./#/import');
  await pasteAndRead(page, fixture('huaian-city-2024.txt'));
  await expect(primary).toHaveText('创建 2024 年报告的草稿');
});

test('huaian-city-2024: mapped with 0 mismatches; the draft holds 3119 and every number in its place', async ({
  page,
}) => {
  await pasteAndRead(page, fixture('huaian-city-2024.txt'));
  await expect(mapping(page)).toBeVisible();
  await expect(fact(page, '机关名称')).toHaveText('淮安市人民政府');
  await expect(fact(page, '报告年度')).toHaveText('2024');
  await expect(fact(page, '来源')).toHaveText('粘贴的文字');
  await expect(mapping(page).locator('[data-path="applications.newReceived.total"]')).toHaveText('3119');
  await expect(mapping(page).locator('[data-path="applications.results.total.total"]')).toHaveText('3050');
  await expect(mapping(page).getByText(ALL_AGREE)).toBeVisible();
  await expect(mapping(page).getByText(/不一致/)).toHaveCount(0);
  await page.screenshot({ path: '/tmp/import-huaian.png', fullPage: true });

  await page.getByRole('button', { name: /^创建 \d{4} 年报告的草稿$/ }).click();
  await expect(page).toHaveURL(/#\/report\/[^/]+\/basics$/);
  await expect(page.locator('[name="meta.agencyName"]')).toHaveValue('淮安市人民政府');
  await expect(page.locator('[name="meta.year"]')).toHaveValue('2024');

  await openStep(page, '二、主动公开政府信息情况');
  await expectValue(field(page, 'proactive.regulations.issued'), '1');
  await expectValue(field(page, 'proactive.normativeDocuments.inForce'), '66');
  await expectValue(field(page, 'proactive.licensing'), '447228');

  await openStep(page, STEP_3);
  await expectRow(page, 'newReceived', [3001, 53, 0, 0, 61, 4]);
  await expect(output(page, 'applications.newReceived.total')).toHaveText('3119');
  await expectRow(page, 'carriedOver', [34, 0, 0, 0, 0, 0]);
  await expectRow(page, 'results.disclosed', [1288, 21, 0, 0, 50, 3]);
  await expectRow(page, 'results.unavailable.notHeld', [746, 12, 0, 0, 10, 1]);
  await expectRow(page, 'carriedForward', [103, 0, 0, 0, 0, 0]);
  await expect(output(page, 'applications.results.total.total')).toHaveText('3050');
  await expect(page.getByRole('alert').filter({ hasText: '存在以下问题' })).toHaveCount(0);

  await openStep(page, '四、政府信息公开行政复议、行政诉讼情况');
  await expectValue(field(page, 'appeals.reconsideration.upheld'), '72');
  await expect(output(page, 'appeals.reconsideration.total')).toHaveText('351');
  // The text runs the two 诉讼 groups out of order: which is which is not in it, so they stay empty.
  await expectValue(field(page, 'appeals.litigationDirect.upheld'), '');
  await expectValue(field(page, 'appeals.litigationAfterReconsideration.upheld'), '');
});

const ZERO_REPORTS = [
  { file: 'haiyuan-jiguan-2024.txt', agency: '海原县机关事务服务中心', year: 2024, blanks: 0 },
  { file: 'pingluo-jiguan-2021.txt', agency: '平罗县机关事务服务中心', year: 2021, blanks: 158 },
  { file: 'county-jiguan-2023.txt', agency: '', year: 2023, blanks: 0 },
] as const;

for (const report of ZERO_REPORTS) {
  test(`${report.file}: mapped with 0 mismatches; the draft's cells hold the printed 0s`, async ({
    page,
  }) => {
    await pasteAndRead(page, fixture(report.file));
    await expect(fact(page, '机关名称')).toHaveText(report.agency || '（未识别，请在基本信息中填写）');
    await expect(fact(page, '报告年度')).toHaveText(String(report.year));
    await expect(mapping(page).getByText(ALL_AGREE)).toBeVisible();
    const blanks = mapping(page).getByText(/原报告留空、按 0 填入的单元格/);
    if (report.blanks > 0)
      await expect(blanks).toHaveText(`原报告留空、按 0 填入的单元格：${report.blanks} 个`);
    else await expect(blanks).toHaveCount(0);
    if (!report.agency) await expect(mapping(page)).toContainText('标题中没有机关名称');

    await page.getByRole('button', { name: /^创建 \d{4} 年报告的草稿$/ }).click();
    await expect(page).toHaveURL(/#\/report\/[^/]+\/basics$/);
    await expect(page.locator('[name="meta.agencyName"]')).toHaveValue(report.agency);
    await expect(page.locator('[name="meta.year"]')).toHaveValue(String(report.year));
    await openStep(page, STEP_3);
    await expectRow(page, 'newReceived', [0, 0, 0, 0, 0, 0]);
    await expectRow(page, 'results.otherHandling.other', [0, 0, 0, 0, 0, 0]);
    await expectRow(page, 'carriedForward', [0, 0, 0, 0, 0, 0]);
    await expect(output(page, 'applications.results.total.total')).toHaveText('0');
  });
}

test('a copy of huaian with one printed 总计 changed shows that mismatch', async ({ page }) => {
  const lines = fixture('huaian-city-2024.txt').split('\n');
  // The printed 总计 of 一、本年新收 (3001 + 53 + 0 + 0 + 61 + 4 = 3119) is the line "3119" after its label.
  const label = lines.indexOf('一、本年新收政府信息公开申请数量');
  const total = lines.indexOf('3119', label);
  expect(total - label).toBe(14);
  lines[total] = '3120';
  await pasteAndRead(page, lines.join('\n'));
  const report = mapping(page);
  await expect(report.getByRole('heading', { name: '印刷的合计与重新计算的不一致（1 处）' })).toBeVisible();
  await expect(report.getByRole('row', { name: /一、本年新收政府信息公开申请数量 · 总计/ })).toHaveText(
    '一、本年新收政府信息公开申请数量 · 总计31203119',
  );
  await expect(report.getByText(ALL_AGREE)).toHaveCount(0);
  await page.screenshot({ path: '/tmp/import-mismatch.png', fullPage: true });
  // The draft keeps the cells; its total is recomputed, never the printed one.
  await page.getByRole('button', { name: /^创建 \d{4} 年报告的草稿$/ }).click();
  await openStep(page, STEP_3);
  await expect(output(page, 'applications.newReceived.total')).toHaveText('3119');
});

test('garbage gets a clear message and creates nothing', async ({ page }) => {
  await page.goto('./#/import');
  await page.getByRole('button', { name: '识别粘贴的文字' }).click();
  await expect(page.getByText('请先把报告全文粘贴到文本框中。')).toBeVisible();
  await expect(page.getByLabel('粘贴报告全文')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('粘贴报告全文')).toHaveAccessibleDescription(/请先把报告全文粘贴到文本框中/);

  await page.getByLabel('粘贴报告全文').fill('今天天气很好。\n1 2 3\t4\t5');
  await page.getByRole('button', { name: '识别粘贴的文字' }).click();
  const alert = page.getByRole('alert').filter({ hasText: '无法导入' });
  await expect(alert.getByRole('heading', { name: '无法导入粘贴的文字' })).toBeFocused();
  await expect(alert).toContainText('这不是政府信息公开工作年度报告');
  await expect(alert).toContainText('没有创建任何草稿。');
  await expect(page.getByRole('button', { name: /^创建 \d{4} 年报告的草稿$/ })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/import-garbage.png', fullPage: true });

  // A picture renamed .docx.
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await page
    .getByLabel('选择报告文件', { exact: true })
    .setInputFiles({ name: '年度报告.docx', mimeType: 'application/octet-stream', buffer: png });
  await expect(alert.getByRole('heading', { name: '无法导入“年度报告.docx”' })).toBeVisible();
  await expect(alert).toContainText('内容不是 Word 文档');
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('./');
  await expect(page.getByText('还没有草稿。')).toBeVisible();
});

test('以它为上年报告: next year’s draft carries 103 over; a changed 上年结转 shows the X1 warning', async ({
  page,
}) => {
  await pasteAndRead(page, fixture('huaian-city-2024.txt'));
  await page.getByRole('button', { name: '以它为上年报告，开始 2025 年的报告' }).click();
  await expect(page).toHaveURL(/#\/report\/[^/]+\/basics$/);
  await expect(page.locator('[name="meta.agencyName"]')).toHaveValue('淮安市人民政府');
  await expect(page.locator('[name="meta.year"]')).toHaveValue('2025');

  await openStep(page, STEP_3);
  await expectRow(page, 'carriedOver', [103, 0, 0, 0, 0, 0]);
  // The carried-over row is marked as last year's, with last year's figure on hover and in its description.
  const carried = page.locator('td.from-last-year');
  await expect(carried).toHaveCount(6);
  await expect(carried.first()).toContainText('上年');
  await expect(carried.first()).toHaveAttribute(
    'title',
    '由 2024 年报告结转：上年“四、结转下年度继续办理”为 103',
  );
  await expect(field(page, 'applications.carriedOver.natural')).toHaveAccessibleDescription(
    /由 2024 年报告结转/,
  );
  await expect(page.locator('td.from-last-year')).toHaveCount(6);
  await expect(page.locator('[id="applications.newReceived.natural"]').locator('xpath=..')).not.toHaveClass(
    /from-last-year/,
  );
  await page.locator('table.grid-applications').screenshot({ path: '/tmp/issue14-carried-over.png' });
  await expectValue(field(page, 'applications.newReceived.natural'), '');
  const summary = page.getByRole('alert').filter({ hasText: '存在以下问题' });
  await expect(summary).not.toContainText('上年结转');

  await typeAt(page, 'applications.carriedOver.natural', '100');
  const x1 =
    '“二、上年结转政府信息公开申请数量”的“自然人”为 100，而 2024 年报告的“四、结转下年度继续办理”为 103，两者通常应当相等，请核对。';
  await page.getByRole('button', { name: '检查本步' }).click();
  const reminders = page.getByRole('alert').filter({ hasText: '请核对以下提醒' });
  await expect(reminders.getByRole('link', { name: x1 })).toBeVisible();
  await page.screenshot({ path: '/tmp/import-next-year-x1.png', fullPage: true });

  // X2: 现行有效件数 continues from last year's 11 规章 and 66 行政规范性文件.
  await openStep(page, '二、主动公开政府信息情况');
  await typeAt(page, 'proactive.regulations.issued', '2');
  await typeAt(page, 'proactive.regulations.repealed', '0');
  await typeAt(page, 'proactive.regulations.inForce', '12');
  await page.getByRole('button', { name: '检查本步' }).click();
  const x2 = page.getByRole('alert').filter({ hasText: '请核对以下提醒' });
  await expect(x2).toContainText(
    '为 12，但上年规章现行有效件数 11 加本年制发 2 减本年废止 0 应为 13，请核对。',
  );
  await typeAt(page, 'proactive.regulations.inForce', '13');
  await expect(x2).toContainText('✓ 已改正');
  await expect(field(page, 'proactive.regulations.inForce')).not.toHaveAttribute('aria-describedby', /./);
  // A blank 现行有效件数 is not compared yet; an entered one that does not continue is.
  await typeAt(page, 'proactive.normativeDocuments.inForce', '60');

  await openStep(page, '检查与提交');
  const warnings = page.getByRole('region', { name: /请核对以下提醒/ });
  await expect(warnings.getByRole('link', { name: x1 })).toBeVisible();
  await expect(warnings).toContainText('上年行政规范性文件现行有效件数 66');
  await page.screenshot({ path: '/tmp/import-next-year-check.png', fullPage: true });
});

test('the import page passes axe-core, empty and with a mapping report', async ({ page }) => {
  await page.goto('./#/import');
  await expect(page.getByRole('heading', { level: 1, name: '导入已发布的报告' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await pasteAndRead(page, fixture('pingluo-jiguan-2021.txt'));
  await expect(mapping(page)).toBeVisible();
  await mapping(page)
    .getByText(/原报告留空/)
    .click();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/import-pingluo.png', fullPage: true });
});
