import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

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

/** Goes to a step through its task-list entry (a link containing the step's heading). */
export async function openStep(page: Page, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: heading }).click();
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
