import { expect, test } from '@playwright/test';
import { stepTitle } from '../src/report/layout/steps';
import { matrixRowLabel } from '../src/report/matrix-shape';
import { createReport, field, fillCompleteReport, openStep, typeAt } from './wizard-helpers';

// Issue 22 item 5: a figure the prose states that table 三 gives otherwise is a warning at the
// sentence's field, naming the table's figure, and on 检查与提交.
test('收到申请 15 件 in the prose while table 三 counts 14 new applications: a warning at the field naming 14, and on 检查与提交', async ({
  page,
}) => {
  await createReport(page, '某某县商务局', 2025);
  await fillCompleteReport(page);
  await openStep(page, stepTitle('applications'));
  await typeAt(page, 'applications.newReceived.natural', '14');
  await typeAt(page, 'applications.results.disclosed.natural', '14');

  await openStep(page, stepTitle('overview'));
  const sentence = '本年共收到政府信息公开申请 15 件，均在法定期限内予以答复。';
  await typeAt(page, 'overview.onRequest', sentence);
  const newReceived = `“${matrixRowLabel('newReceived')}”一行的“总计”为 14 件`;
  const onRequest = page.locator('[name="overview.onRequest"]');
  await expect(onRequest).toHaveAccessibleDescription(
    new RegExp(`文字说明“收到政府信息公开申请 15 件”，但第三部分表格中${newReceived}，请核对。`),
  );
  await expect(page.locator('.field-warning', { hasText: newReceived })).toBeVisible();
  await page.locator('.field-warning', { hasText: newReceived }).screenshot({
    path: '/tmp/shots/prose/field-warning.png',
  });

  await openStep(page, '检查与提交');
  const warnings = page.getByRole('region', { name: /请核对以下提醒/ });
  const link = warnings.getByRole('link', { name: new RegExp(`收到政府信息公开申请 15 件.*${newReceived}`) });
  await expect(link).toBeVisible();
  await expect(page.getByRole('button', { name: '提交审核' })).toBeEnabled();
  await warnings.screenshot({ path: '/tmp/shots/prose/check-step.png' });
  await link.click();
  await expect(field(page, 'overview.onRequest')).toBeFocused();

  // Put right, the warning goes.
  await typeAt(page, 'overview.onRequest', '本年共收到政府信息公开申请 14 件，均在法定期限内予以答复。');
  await expect(page.locator('.field-warning', { hasText: newReceived })).toHaveCount(0);
  await expect(onRequest).not.toHaveAccessibleDescription(/请核对/);
});
