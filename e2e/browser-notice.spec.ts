import { expect, test } from '@playwright/test';

const notice = '浏览器版本过旧，本工具无法运行';

test('dual-core browsers are asked for their Chromium core', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('meta[name="renderer"]')).toHaveAttribute('content', 'webkit');
});

test('a browser that runs the app never sees the too-old notice', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: '政府信息公开工作年度报告' })).toBeVisible();
  await expect(page.getByRole('heading', { name: notice })).toBeHidden();
});

test('when the app cannot start, the page says so in Chinese instead of staying blank', async ({ page }) => {
  // What a browser too old for the bundle meets: its scripts never run.
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
  await page.goto('./');
  await expect(page.getByRole('heading', { name: notice })).toBeVisible();
  await expect(page.getByText('极速模式')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('browser-notice.png') });
});

test('a browser that cannot parse the syntax the build targets gets the notice at once', async ({ page }) => {
  // Chromium 80 is the oldest supported: a browser without `?.` (e.g. IE mode) must not try.
  await page.addInitScript(() => {
    const real = window.Function;
    window.Function = function (...args: string[]) {
      if (args.some((a) => a.includes('?.'))) throw new SyntaxError('Unexpected token .');
      return real(...args);
    } as FunctionConstructor;
  });
  await page.goto('./');
  // Shown before the scripts' load event: the check itself, not the did-it-start fallback.
  await expect(page.getByRole('heading', { name: notice })).toBeVisible();
});
