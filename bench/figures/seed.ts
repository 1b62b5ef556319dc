import type { Page } from 'playwright-core';

/** Loads the app's example report (载入示例) and returns the URL of one of its steps. */
export async function seedExample(page: Page, baseUrl: string, step: string): Promise<string> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: '载入示例' }).click();
  await page.waitForURL(/#\/report\/[^/]+\//);
  return page.url().replace(/\/[^/]+$/, `/${step}`);
}
