import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { createReport, loadSample, openStep, typeAt } from './wizard-helpers';

const STEPS = [
  ['basics', '基本信息'],
  ['overview', '一、总体情况'],
  ['proactive', '二、主动公开政府信息情况'],
  ['applications', '三、收到和处理政府信息公开申请情况'],
  ['appeals', '四、政府信息公开行政复议、行政诉讼情况'],
  ['problems', '五、存在的主要问题及改进情况'],
  ['other', '六、其他需要报告的事项'],
  ['check', '检查与提交'],
] as const;

test('every step of the example passes axe-core (screenshots in /tmp/wizard-*.png)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await loadSample(page);
  for (const [id, heading] of STEPS) {
    await openStep(page, heading);
    await expect(page.getByRole('link', { name: heading })).toHaveAttribute('aria-current', 'step');
    expect(await axeViolations(page), id).toEqual([]);
    await page.screenshot({ path: `/tmp/wizard-${id}.png`, fullPage: true });
  }
  await page.goto('./');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/wizard-start.png', fullPage: true });
});

test('steps with errors, the dialogs and the narrow layout pass axe-core too', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await createReport(page, '某某县商务局', 2025);
  await page.locator('[name="meta.agencyName"]').fill('');
  await typeAt(page, 'meta.contact.postcode', '12');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/wizard-basics-errors.png', fullPage: true });
  await typeAt(page, 'meta.agencyName', '某某县商务局');

  await openStep(page, '三、收到和处理政府信息公开申请情况');
  await typeAt(page, 'applications.newReceived.natural', '3');
  await typeAt(page, 'applications.carriedOver.commercial', '-1');
  await page.getByRole('button', { name: '检查本步' }).click();
  await expect(page.getByText('存在以下问题')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/wizard-applications-errors.png', fullPage: true });

  await openStep(page, '检查与提交');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/wizard-check-errors.png', fullPage: true });

  await page.setViewportSize({ width: 420, height: 900 });
  await openStep(page, '一、总体情况');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/wizard-narrow.png', fullPage: true });

  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./');
  await page.getByRole('button', { name: '新建报告' }).click();
  await expect(page.getByRole('dialog', { name: '新建报告' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/wizard-new-dialog.png' });
});
