import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { loadSample } from './wizard-helpers';

/**
 * Every file the app asks for is chosen with the app's own button: the browser's control would
 * show its own language ("Choose File / No file chosen"). The input itself stays in the page,
 * visually hidden, named by its button.
 */
async function expectOnlyOwnButtons(page: Page, where: string) {
  const inputs = page.locator('input[type="file"]');
  await expect(inputs.first(), where).toBeAttached();
  for (const input of await inputs.all()) {
    const box = await input.boundingBox();
    expect(box === null || (box.width <= 1 && box.height <= 1), `${where}: a native file control shows`).toBe(
      true,
    );
    const id = await input.getAttribute('id');
    await expect(page.locator(`label[for="${id}"]`), where).toBeVisible();
  }
}

test('start, import, review, batch and compare choose files with the app’s own buttons', async ({ page }) => {
  const id = await loadSample(page);
  for (const [hash, where] of [
    ['#/', 'start'],
    ['#/import', 'import'],
    ['#/review', 'review'],
    ['#/batch', 'batch'],
    [`#/compare/${id}`, 'compare'],
  ] as const) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectOnlyOwnButtons(page, where);
  }
  await page.goto('./#/import');
  await page.screenshot({ path: '/tmp/issue14-import-file-button.png' });
});
