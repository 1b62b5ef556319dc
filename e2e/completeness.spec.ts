import { expect, test } from '@playwright/test';
import { createReport, fillCompleteReport, openStep, typeAt } from './wizard-helpers';

// What an empty new report lacks, as the check page lists it: the words of each link and the
// field or cell it focuses (the first blank cell for a table).
const MISSING: readonly [RegExp, string][] = [
  [/^基本信息 · 联系电话 还没有填写。$/, 'meta.contact.phone'],
  [/^一、总体情况 还没有填写（应写明主动公开、依申请公开.*监督保障情况）。$/, 'overview.proactive'],
  [/^二、主动公开政府信息情况：表格中还有 10 个空白格没有填写/, 'proactive.regulations.issued'],
  [/^三、收到和处理政府信息公开申请情况：表格中还有 144 个空白格/, 'applications.newReceived.natural'],
  [/^四、政府信息公开行政复议、行政诉讼情况：表格中还有 12 个空白格/, 'appeals.reconsideration.upheld'],
  [/^五、存在的主要问题及改进情况 还没有填写。$/, 'problems.problems'],
  [
    /^六、其他需要报告的事项 · 信息处理费 · 发出收费通知的件数（件） 还没有填写/,
    'otherMatters.processingFees.noticesSent',
  ],
];

test('an empty new report cannot be submitted; the check page links each missing thing to its field; once filled it is submitted', async ({
  page,
}) => {
  await createReport(page, '某某县商务局', 2025);
  const tasks = page.getByRole('navigation', { name: '填写步骤' });
  // Nothing typed yet: the parts are 未开始, not 已完成 and not 有错误.
  await expect(tasks.getByRole('link', { name: /一、总体情况/ })).toContainText('未开始');
  await expect(tasks.getByRole('link', { name: /基本信息/ })).toContainText('填写中');

  await openStep(page, '检查与提交');
  await expect(page.getByText('没有发现问题。')).toHaveCount(0);
  const submit = page.getByRole('button', { name: '提交审核' });
  await expect(submit).toBeDisabled();
  await expect(submit).toHaveAccessibleDescription(/还有 \d+ 个错误，全部改正后才能提交审核/);

  const errors = page.getByRole('alert').filter({ hasText: '改正后才能提交' });
  for (const [words, path] of MISSING) {
    const link = errors.getByRole('link', { name: words });
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page.locator(':focus')).toHaveAttribute('id', path);
    await openStep(page, '检查与提交');
  }

  await fillCompleteReport(page);
  await expect(page.getByText('没有发现问题。')).toBeVisible();
  await expect(tasks.getByRole('link', { name: /一、总体情况/ })).toContainText('已完成');
  await expect(tasks.getByRole('link', { name: /三、收到和处理/ })).toContainText('已完成');
  await expect(submit).toBeEnabled();
  await page.getByLabel('填报人').fill('张三');
  await submit.click();
  await expect(page.getByText(/当前状态：已提交审核（张三，/)).toBeVisible();
});

test('a table left with one blank cell is 填写中 and blocks submission until that cell is entered', async ({
  page,
}) => {
  await createReport(page, '某某县商务局', 2025);
  await fillCompleteReport(page);
  await openStep(page, '四、政府信息公开行政复议、行政诉讼情况');
  const cell = page.locator('[id="appeals.litigationDirect.pending"]');
  await cell.focus();
  await page.locator('[name="appeals.litigationDirect.pending"]').fill('');
  await page.locator('[name="appeals.litigationDirect.pending"]').blur();
  const tasks = page.getByRole('navigation', { name: '填写步骤' });
  await expect(tasks.getByRole('link', { name: /四、政府信息公开行政复议/ })).toContainText('填写中');
  await openStep(page, '检查与提交');
  const link = page.getByRole('link', { name: /表格中还有 1 个空白格没有填写（第一个是“[^”]*尚未审结”）/ });
  await expect(link).toBeVisible();
  await expect(page.getByRole('button', { name: '提交审核' })).toBeDisabled();
  await link.click();
  await expect(page.locator(':focus')).toHaveAttribute('id', 'appeals.litigationDirect.pending');
});

test('with only warnings the check page shows a calm 提醒 box, no red alert, and submission stays open', async ({
  page,
}) => {
  await createReport(page, '某某县商务局', 2025);
  await fillCompleteReport(page);
  await openStep(page, '五、存在的主要问题及改进情况');
  await typeAt(page, 'problems.improvements', '加强培训。');
  await openStep(page, '检查与提交');

  await expect(page.getByRole('alert').filter({ hasText: '改正后才能提交' })).toHaveCount(0);
  const warnings = page.getByRole('region', { name: /请核对以下提醒/ });
  await expect(warnings).toBeVisible();
  await expect(warnings.getByRole('link', { name: /内容过于简略|只有 \d+ 个字/ })).toHaveCount(1);
  // Not the error box's 4 px border in the error colour (--error, #b00020).
  const border = await warnings.evaluate((el) => {
    const box = getComputedStyle(el);
    return { colour: box.borderTopColor, width: box.borderTopWidth };
  });
  expect(border.width).not.toBe('4px');
  expect(border.colour).not.toBe('rgb(176, 0, 32)');
  await expect(page.getByRole('button', { name: '提交审核' })).toBeEnabled();
  await warnings.screenshot({ path: '/tmp/issue14-item7-warnings.png' });
});

test('the check page names each rule in Chinese (勾稽关系不平衡), never by its code', async ({ page }) => {
  await createReport(page, '某某县商务局', 2025);
  await fillCompleteReport(page);
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  await typeAt(page, 'applications.newReceived.natural', '5');
  await openStep(page, '检查与提交');
  const errors = page.getByRole('alert').filter({ hasText: '改正后才能提交' });
  await expect(errors).toBeVisible();
  await expect(errors.locator('.finding-rule', { hasText: '勾稽关系不平衡' }).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/（R\d）|\bR[1-5]\b/);
  await errors.screenshot({ path: '/tmp/issue14-item8-rule-names.png' });
});
