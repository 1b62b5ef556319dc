import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { reportingYear } from '../src/report/reporting-year';
import { waitForStored } from './storage-helpers';
import {
  createReport,
  draftIdOf,
  expectValue,
  field,
  fillAt,
  fillCompleteReport,
  loadSample,
  openStep,
  output,
  typeAt,
} from './wizard-helpers';

test('a report is created from the start page; 基本信息 generates the preamble as it is filled', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await expect(dialog.getByLabel('报告年度')).toHaveValue(String(reportingYear()));
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.getByText('请填写机关名称。')).toBeVisible();
  await dialog.getByLabel('机关名称').fill('某某县商务局');
  await dialog.getByLabel('报告年度').fill('2025');
  await dialog.getByRole('button', { name: '创建' }).click();

  await expect(page).toHaveURL(/#\/report\/[^/]+\/basics$/);
  await expect(page.locator('[name="meta.agencyName"]')).toHaveValue('某某县商务局');
  await expect(page.locator('[name="meta.year"]')).toHaveValue('2025');
  await typeAt(page, 'meta.website', '某某县人民政府网站');
  await typeAt(page, 'meta.contact.office', '某某县商务局办公室');
  await typeAt(page, 'meta.contact.phone', '0123-4567890');
  const preamble = page.locator('[name="meta.preamble"]');
  await expect(preamble).toHaveValue(/由某某县商务局编制/);
  await expect(preamble).toHaveValue(/2025年1月1日起至2025年12月31日止/);
  await expect(preamble).toHaveValue(/请与某某县商务局办公室联系（电话：0123-4567890）/);

  // Once the clerk edits the preamble it no longer follows; 重新生成 brings it back.
  await preamble.fill('自己写的前言。');
  await typeAt(page, 'meta.contact.address', '人民路 2 号');
  await expect(preamble).toHaveValue('自己写的前言。');
  await page.getByRole('button', { name: '重新生成' }).click();
  await expect(preamble).toHaveValue(/地址：人民路 2 号/);

  // Creating the same agency and year again asks instead of overwriting.
  await page.getByRole('link', { name: '‹ 全部草稿' }).click();
  await expect(page.getByRole('row', { name: /某某县商务局/ })).toContainText('草稿');
  await page.getByRole('button', { name: '新建报告' }).click();
  await page.getByRole('dialog', { name: '新建报告' }).getByLabel('机关名称').fill('某某县商务局');
  await page.getByRole('dialog', { name: '新建报告' }).getByLabel('报告年度').fill('2025');
  await page.getByRole('dialog', { name: '新建报告' }).getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('dialog', { name: '报告已经存在' })).toBeVisible();
  await page.getByRole('button', { name: '打开已有报告' }).click();
  await expect(page.locator('[name="meta.contact.address"]')).toHaveValue('人民路 2 号');
});

test('part 三: totals follow the cells; a broken 勾稽关系 blocks submission until fixed, then it is submitted', async ({
  page,
}) => {
  await createReport(page, '某某县商务局', 2025);
  // Everything else filled, so that the 勾稽关系 is what blocks submission.
  await fillCompleteReport(page);
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  await typeAt(page, 'applications.newReceived.natural', '5');
  await typeAt(page, 'applications.newReceived.commercial', '2');
  await typeAt(page, 'applications.results.disclosed.natural', '3');
  await typeAt(page, 'applications.results.withheld.stateSecret.natural', '1');
  await typeAt(page, 'applications.results.disclosed.commercial', '2');
  await expect(output(page, 'applications.newReceived.total')).toHaveText('7');
  await expect(output(page, 'applications.results.total.natural')).toHaveText('4');
  await expect(output(page, 'applications.results.total.total')).toHaveText('6');

  // 自然人: 5 + 0 ≠ 4 + 0 — the step's own error summary says so when the clerk asks.
  await page.getByRole('button', { name: '检查本步' }).click();
  const summary = page.getByRole('alert').filter({ hasText: '存在以下问题' });
  await expect(summary).toContainText('“自然人”列勾稽关系不成立');
  await expect(
    page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: /三、收到和处理/ }),
  ).toContainText('有错误');

  await openStep(page, '检查与提交');
  const submit = page.getByRole('button', { name: '提交审核' });
  await expect(submit).toBeDisabled();
  await expect(submit).toHaveAccessibleDescription(/还有 1 个错误/);
  const link = page.getByRole('link', { name: /“自然人”列勾稽关系不成立.*多 1 件/ });
  await expect(link).toBeVisible();

  // The link goes to the cell.
  await link.click();
  await expect(page).toHaveURL(/\/applications$/);
  await expect(output(page, 'applications.results.total.natural')).toBeFocused();

  await typeAt(page, 'applications.carriedForward.natural', '1');
  await expect(summary).toContainText('✓ 已改正：“自然人”列勾稽关系不成立');
  await expect(summary.getByRole('link')).toHaveCount(0);
  await openStep(page, '检查与提交');
  await expect(page.getByText('没有发现问题。')).toBeVisible();
  await expect(submit).toBeEnabled();
  await page.getByLabel('填报人').fill('张三');
  await submit.click();
  await expect(page.getByText(/当前状态：已提交审核（张三，/)).toBeVisible();

  await waitForStored(page, draftIdOf(page), (d) => d.review?.status === 'submitted');
  await page.getByRole('link', { name: '‹ 全部草稿' }).click();
  await expect(page.getByRole('row', { name: /某某县商务局/ })).toContainText('已提交审核');
});

test('the table never moves while the clerk types: the error summary changes only when they ask for the check', async ({
  page,
}) => {
  await createReport(page, '某某县商务局', 2025);
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  // The table's box: its place in the page (not in the window: focusing a cell may scroll the
  // page, and the table inside its own box).
  const box = page.locator('.grid-applications-wrap .grid-scroll');
  const top = () => box.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const start = await top();
  const summary = page.getByRole('alert').filter({ hasText: '存在以下问题' });
  // Row 一 left to right, pausing after each cell: every column is off balance in turn.
  for (const column of ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other']) {
    await fillAt(page, `applications.newReceived.${column}`, '2');
    await expect(page.locator('td.balance.unbalanced[data-column="total"]')).toBeVisible();
    await expect(page.locator(`[id="applications.results.total.${column}-findings"]`)).toHaveCount(1);
    expect(await top()).toBe(start);
  }
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: /三、收到和处理/ }),
  ).toContainText('有错误');
  expect(await top()).toBe(start);
  await expect(summary).toHaveCount(0);

  // Asked for, the summary lists them all; fixing one strikes it through in its place.
  await page.getByRole('button', { name: '检查本步' }).click();
  await expect(summary).toContainText('“自然人”列勾稽关系不成立');
  await expect(summary).toContainText('“其他”列勾稽关系不成立');
  const listed = await summary.getByRole('link').count();
  const withSummary = await top();
  await fillAt(page, 'applications.carriedForward.natural', '2');
  await page.keyboard.press('Tab');
  await expect(summary).toContainText('✓ 已改正：“自然人”列勾稽关系不成立');
  await expect(summary.getByRole('link')).toHaveCount(listed - 1);
  expect(await top()).toBe(withSummary);
  await page.locator('.step').screenshot({ path: '/tmp/issue14-summary-fixed.png' });
});

test('after 创建 the first field has the focus, ready to type', async ({ page }) => {
  await createReport(page, '某某县商务局', 2025);
  const agency = page.locator('[name="meta.agencyName"]');
  await expect(agency).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('[name="meta.year"]')).toBeFocused();
});

test('after submitting, the check step says it waits for the supervisor and how to withdraw', async ({
  page,
}) => {
  await loadSample(page);
  await fillCompleteReport(page);
  await page.getByLabel('填报人').fill('张三');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByText(/当前状态：已提交审核（张三，/)).toBeVisible();
  const reason = page.locator('#submit-reason');
  await expect(reason).toHaveText('已提交审核，正在等待审核人审核。如需修改，请点击页面上方的“撤回并修改”。');
  await expect(page.getByText('本标签页只能查看')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '撤回并修改' })).toBeVisible();
  await page.locator('.submit-panel').screenshot({ path: '/tmp/issue14-submitted.png' });
  // The file it saves is named by that status.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存草稿文件' }).click();
  expect((await download).suggestedFilename()).toBe('示例县人民政府办公室-2025-待审核.json');
});

test('a reload in the middle of typing finds every value where it was', async ({ page }) => {
  await createReport(page, '某某县商务局', 2025);
  await openStep(page, '一、总体情况');
  await page.locator('[name="overview.platform"]').fill('政府网站运行良好');
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  await fillAt(page, 'applications.newReceived.natural', '12');
  await fillAt(page, 'applications.carriedOver.legal', '3');
  // A letter is refused at the cell: the previous value stays.
  await page.locator('[name="applications.carriedOver.legal"]').fill('3x');
  await expect(page.locator('[name="applications.carriedOver.legal"]')).toHaveValue('3');
  await openStep(page, '六、其他需要报告的事项');
  await page.locator('[name="otherMatters.processingFees.noticesSent"]').fill('2');
  await waitForStored(page, draftIdOf(page), (d) => d.otherMatters.processingFees.noticesSent === 2);
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: '六、其他需要报告的事项' })).toBeVisible();
  await expect(page.locator('[name="otherMatters.processingFees.noticesSent"]')).toHaveValue('2');
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  await expectValue(field(page, 'applications.newReceived.natural'), '12');
  await expectValue(field(page, 'applications.carriedOver.legal'), '3');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: '六、其他需要报告的事项' })).toBeVisible();
  await openStep(page, '一、总体情况');
  await expect(page.locator('[name="overview.platform"]')).toHaveValue('政府网站运行良好');

  await page.goto('./');
  await expect(page.getByRole('link', { name: /继续填写：某某县商务局 2025 年/ })).toBeVisible();
});

test('a corrupt draft file is refused with a clear message and the stored drafts stay as they were', async ({
  page,
}) => {
  await loadSample(page);
  await page.goto('./');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  const before = await page.getByRole('table').innerText();

  await page.getByLabel('打开草稿文件', { exact: true }).setInputFiles({
    name: '坏文件.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "gov-info-disclosure-annual-report", "version": 1, "meta": {'),
  });
  const alert = page.getByRole('alert').filter({ hasText: '无法打开' });
  await expect(alert).toContainText('无法打开“坏文件.json”');
  await expect(alert).toContainText('草稿文件已损坏（内容在中途结束）');
  await expect(alert).toContainText('已保存的草稿没有任何改动');
  expect(page.url()).not.toContain('#/report');
  expect(await page.getByRole('table').innerText()).toBe(before);

  await page.getByLabel('打开草稿文件', { exact: true }).setInputFiles({
    name: '新版本.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'gov-info-disclosure-annual-report', version: 9 })),
  });
  await expect(page.getByRole('alert')).toContainText('较新版本的工具保存');
  expect(await page.getByRole('table').innerText()).toBe(before);
});

test('a published report or a damaged draft opened as a draft file gets a Chinese message and the right action', async ({
  page,
}) => {
  await page.goto('./');
  const published = readFileSync(
    resolve(import.meta.dirname, '..', 'fixtures', 'published', 'huaian-city-2024.txt'),
  );
  await page.getByLabel('打开草稿文件', { exact: true }).setInputFiles({
    name: 'huaian-city-2024.txt',
    mimeType: 'text/plain',
    buffer: published,
  });
  const alert = page.getByRole('alert').filter({ hasText: '无法打开' });
  await expect(alert).toContainText('此文件像是已发布的报告，不是草稿文件。请用“导入已发布的报告”打开它。');
  await expect(alert).not.toContainText('Unexpected');
  await expect(alert.getByRole('link', { name: '导入已发布的报告' })).toBeVisible();
  await page.screenshot({ path: '/tmp/issue14-open-published.png' });

  const damaged = `{\n  "format": "gov-info-disclosure-annual-report",\n  "version": 1,\n  "meta": {'agencyName': 1}\n}`;
  await page.getByLabel('打开草稿文件', { exact: true }).setInputFiles({
    name: '坏草稿.json',
    mimeType: 'application/json',
    buffer: Buffer.from(damaged),
  });
  await expect(alert).toContainText('草稿文件已损坏（第 4 行第 12 个字符附近有错）');
  await expect(alert).not.toContainText('JSON at position');
  await expect(alert).not.toContainText('Expected');
});

test('a saved draft file opens again as a draft', async ({ page }) => {
  await createReport(page, '某某县商务局', 2024);
  await typeAt(page, 'meta.website', '某某网');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存草稿文件' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('某某县商务局-2024-草稿.json');
  const path = await file.path();

  await page.goto('./');
  await page.getByRole('button', { name: '删除 某某县商务局 2024 年的草稿' }).click();
  await page.getByRole('dialog', { name: '删除草稿？' }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('还没有草稿。')).toBeVisible();

  await page.getByLabel('打开草稿文件', { exact: true }).setInputFiles(path);
  await expect(page).toHaveURL(/\/basics$/);
  await expect(page.locator('[name="meta.website"]')).toHaveValue('某某网');
});

test('the same draft in a second tab warns and is read-only until the clerk continues there', async ({
  context,
}) => {
  const first = await context.newPage();
  await createReport(first, '某某县商务局', 2025);
  const url = first.url();
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByRole('alert').filter({ hasText: '另一个标签页' })).toContainText(
    '这份草稿已在另一个标签页中打开',
  );
  await expect(second.locator('[name="meta.website"]')).toHaveAttribute('readonly', '');
  await expect(first.locator('[name="meta.website"]')).not.toHaveAttribute('readonly', '');

  await first.locator('[name="meta.website"]').fill('第一个标签页写的');
  await second.getByRole('button', { name: '在此标签页继续编辑' }).click();
  await expect(first.getByRole('alert').filter({ hasText: '另一个标签页' })).toContainText(
    '这份草稿已在另一个标签页中继续编辑',
  );
  await expect(first.locator('[name="meta.website"]')).toHaveAttribute('readonly', '');
  // The second tab reads what the first saved before letting go, and may edit now.
  await expect(second.locator('[name="meta.website"]')).toHaveValue('第一个标签页写的');
  await expect(second.locator('[name="meta.website"]')).not.toHaveAttribute('readonly', '');
  await expect(second.getByText('这份草稿已在另一个标签页中打开')).toHaveCount(0);
});

test('基本信息 can be filled with the keyboard alone, and Enter goes to the next step', async ({ page }) => {
  await createReport(page, '某某县商务局', 2025);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '基本信息' })).toBeVisible();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'meta.agencyName')) break;
  }
  await expect(page.locator('[name="meta.agencyName"]')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type('（本级）');
  const values = [
    '2024',
    '某某县人民政府网站',
    '局办公室',
    '人民路 1 号',
    '100000',
    '0123-1234567',
    'a@b.cn',
  ];
  for (const value of values) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(value);
  }
  await expect(page.locator('[name="meta.contact.email"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '一、总体情况' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('一、总体情况');

  await page.goBack();
  await expect(page.locator('[name="meta.agencyName"]')).toHaveValue('某某县商务局（本级）');
  await expect(page.locator('[name="meta.year"]')).toHaveValue('2024');
  await expect(page.locator('[name="meta.preamble"]')).toHaveValue(/电子邮箱：a@b.cn/);
});

test('errors show at the field once the clerk moves on, and the summary links focus the field', async ({
  page,
}) => {
  await createReport(page, '某某县商务局', 2025);
  const agency = page.locator('[name="meta.agencyName"]');
  await agency.fill('');
  // Not while typing…
  await expect(agency).not.toHaveAttribute('aria-invalid', 'true');
  await agency.blur();
  // …but once the clerk moves on: text at the field, aria-invalid, aria-describedby…
  await expect(agency).toHaveAttribute('aria-invalid', 'true');
  await expect(agency).toHaveAccessibleDescription(/机关名称 还没有填写/);
  // …and the summary above the fields when they ask for the check (it takes focus).
  const summary = page.getByRole('alert').filter({ hasText: '存在以下问题' });
  await expect(summary).toHaveCount(0);
  await page.getByRole('button', { name: '检查本步' }).click();
  await expect(summary.getByRole('heading', { name: '存在以下问题' })).toBeFocused();
  await summary.getByRole('link', { name: '基本信息 · 机关名称 还没有填写。' }).click();
  await expect(agency).toBeFocused();
  await agency.fill('某某县商务局');
  await expect(summary).toContainText('✓ 已改正：基本信息 · 机关名称 还没有填写。');
  await page.getByRole('button', { name: '检查本步' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '机关名称' })).toHaveCount(0);

  const year = page.locator('[name="meta.year"]');
  await year.fill('二〇二五');
  await year.blur();
  await expect(year).toHaveAccessibleDescription(/只能填写数字/);
  await expect(year).toHaveValue('二〇二五');
  await year.fill('２０２４');
  await year.blur();
  await expect(year).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[name="meta.preamble"]')).toHaveValue(/2024年1月1日/);
});

test('part 六 refuses a bad fee figure at the field and writes the standard sentence when all are 0', async ({
  page,
}) => {
  await createReport(page, '某某县商务局', 2025);
  await openStep(page, '六、其他需要报告的事项');
  const sent = page.locator('[name="otherMatters.processingFees.noticesSent"]');
  await sent.fill('1.5');
  await sent.blur();
  await expect(sent).toHaveAccessibleDescription(/件数必须是整数/);
  await sent.fill('0');
  await typeAt(page, 'otherMatters.processingFees.noticesAmount', '0');
  const text = page.locator('[name="otherMatters.text"]');
  await expect(text).toHaveValue('');
  await typeAt(page, 'otherMatters.processingFees.collectedAmount', '０');
  await expect(text).toHaveValue(
    /2025年，本机关按照《政府信息公开信息处理费管理办法》.*未发出收费通知，未收取信息处理费。/,
  );

  // Clerk text is never overwritten.
  await text.fill('本机关自己写的说明。');
  await typeAt(page, 'otherMatters.processingFees.noticesSent', '1');
  await typeAt(page, 'otherMatters.processingFees.noticesSent', '0');
  await expect(text).toHaveValue('本机关自己写的说明。');
});

test('when the browser refuses IndexedDB the clerk is told at once to save a draft file', async ({
  page,
}) => {
  await page.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('./');
  const banner = page.getByRole('alert').filter({ hasText: '草稿无法保存在此浏览器中' });
  await expect(banner).toContainText('保存草稿文件');
  await createReport(page, '某某县商务局', 2025);
  // Still usable in memory, and the warning stays.
  await typeAt(page, 'meta.website', '某某网');
  await expect(banner).toBeVisible();
  await expect(page.getByText('未保存到浏览器')).toBeVisible();
});
