import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { PROCESSING_FEE_FIELDS } from '../src/report/layout/parts';
import { BASICS_STEP, CHECK_STEP, FILL_BLANKS_LABEL, stepTitle } from '../src/report/layout/steps';

/** Creates a report from the start page's dialog (at `start`) and waits for 基本信息. */
export async function createReport(page: Page, agency: string, year?: number, start = './'): Promise<string> {
  await page.goto(start);
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('机关名称').fill(agency);
  if (year !== undefined) await dialog.getByLabel('报告年度').fill(String(year));
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page).toHaveURL(/#\/report\/[^/]+\/basics$/);
  await expect(page.getByRole('heading', { level: 1, name: '基本信息' })).toBeVisible();
  return draftIdOf(page);
}

/** Loads the example report and waits for 基本信息. */
export async function loadSample(page: Page): Promise<string> {
  await page.goto('./');
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect(page).toHaveURL(/#\/report\/[^/]+\/basics$/);
  return draftIdOf(page);
}

export function draftIdOf(page: Page): string {
  const m = /#\/report\/([^/]+)\//.exec(page.url());
  if (!m?.[1]) throw new Error(`not in the wizard: ${page.url()}`);
  return m[1];
}

/** Goes to a step through its task-list entry (a link containing the step’s heading), unfolding the list first where it is folded. */
export async function openStep(page: Page, heading: string): Promise<void> {
  const tasks = page.getByRole('navigation', { name: '填写步骤' });
  await expect(tasks).toBeVisible();
  // on a narrow screen the list is folded up behind its button
  const unfold = tasks.getByRole('button', { name: /^全部步骤/ });
  if (await unfold.isVisible()) await unfold.click();
  await tasks.getByRole('link', { name: heading }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/**
 * The field or table cell whose id is its draft path. A table cell is a real input only
 * while it is being edited (it shows its text otherwise), so this matches either.
 */
export const field = (page: Page, path: string) => page.locator(`[id="${path}"]`);

/** Focuses the field or cell named by its draft path and types `value` over what it holds. */
export async function fillAt(page: Page, path: string, value: string): Promise<void> {
  await field(page, path).focus();
  await page.locator(`[name="${path}"]`).fill(value);
}

/** Types into the field or cell named by its draft path and leaves it (as a clerk moving on). */
export async function typeAt(page: Page, path: string, value: string): Promise<void> {
  await fillAt(page, path, value);
  await page.locator(`[name="${path}"]`).blur();
}

/** What a field or cell holds: an input's value, or the text a cell shows when not being edited. */
export async function expectValue(target: Locator, value: string): Promise<void> {
  await expect
    .poll(() =>
      target.evaluate((el) =>
        el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : el.textContent,
      ),
    )
    .toBe(value);
}

export const output = (page: Page, path: string) => page.locator(`output[name="${path}"]`);

/** What `fillCompleteReport` types: every required and recommended field, in report order. */
export const COMPLETE_REPORT_TEXT: Readonly<Record<string, string>> = {
  'meta.website': '某某县人民政府门户网站',
  'meta.contact.office': '某某县政务公开办公室',
  'meta.contact.address': '某某县人民路 1 号',
  'meta.contact.postcode': '100000',
  'meta.contact.phone': '010-12345678',
  'overview.proactive': '全年主动公开政府信息 120 条，发布政策解读 6 篇。',
  'overview.onRequest': '全年收到的政府信息公开申请均在法定期限内答复。',
  'overview.management': '严格落实公开属性源头认定和发布前审查。',
  'overview.platform': '政府网站政府信息公开专栏运行良好，按时更新。',
  'overview.oversight': '将政务公开纳入年度考核，组织培训 2 次。',
  'problems.problems': '政策解读形式较为单一，基层人员变动较多。',
  'problems.improvements': '下一步丰富解读形式，加强业务培训。',
};

/**
 * Fills what an opened report still lacks, as a clerk does: 基本信息 and the prose of 一 and 五
 * (fields already holding text are kept), 空白格全部填 0 on each table, and part 六's fee
 * figures as 0 (which writes the fee sentence). Ends on 检查与提交.
 */
export async function fillCompleteReport(page: Page): Promise<void> {
  const steps: [string, string][] = [
    [BASICS_STEP.title, 'meta.'],
    [stepTitle('overview'), 'overview.'],
    [stepTitle('problems'), 'problems.'],
  ];
  for (const [heading, prefix] of steps) {
    await openStep(page, heading);
    for (const [path, value] of Object.entries(COMPLETE_REPORT_TEXT)) {
      if (!path.startsWith(prefix)) continue;
      if ((await page.locator(`[name="${path}"]`).inputValue()) === '') await typeAt(page, path, value);
    }
  }
  for (const heading of [stepTitle('proactive'), stepTitle('applications'), stepTitle('appeals')]) {
    await openStep(page, heading);
    await page.getByRole('button', { name: FILL_BLANKS_LABEL }).click();
  }
  await openStep(page, stepTitle('other'));
  for (const { key } of PROCESSING_FEE_FIELDS) {
    const path = `otherMatters.processingFees.${key}`;
    if ((await page.locator(`[name="${path}"]`).inputValue()) === '') await typeAt(page, path, '0');
  }
  await openStep(page, CHECK_STEP.title);
}
