import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expectValue } from './wizard-helpers';

// The three table forms on the sample report (src/report/fixtures/sample-draft.ts): tables-demo.html,
// built apart into dist-demo/ by `npm run build` (never part of the app's dist/) and served here from disk.
// Sample totals: 一 49, 二 4, （七）总计 47, 四 6; 自然人 40 + 3 = 40 + 3; 商业企业 5 + 1 = 4 + 2.

// A typed cell: the text it shows, or its input while it is being edited (same id).
const input = (page: Page, path: string) => page.locator(`[id="${path}"]`);
const output = (page: Page, path: string) => page.locator(`output[name="${path}"]`);
const balance = (page: Page, column: string) => page.locator(`td.balance[data-column="${column}"]`);
const A = (rest: string) => `applications.${rest}`;

const DEMO_DIR = join(process.cwd(), 'dist-demo');

async function openDemo(page: Page) {
  if (!existsSync(join(DEMO_DIR, 'tables-demo.html')))
    throw new Error(
      'dist-demo/tables-demo.html is missing: run `npm run build` (or `npx vite build --mode demo`).',
    );
  await page.route('**/tables-demo/**', (route) =>
    route.fulfill({
      path: join(DEMO_DIR, new URL(route.request().url()).pathname.replace(/^\/tables-demo\//, '')),
    }),
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./tables-demo/tables-demo.html?profile');
  await expect(page.getByRole('heading', { level: 1, name: '示例：表格填写' })).toBeVisible();
  await expect(output(page, A('results.total.total'))).toHaveText('47');
}

async function paste(page: Page, path: string, text: string) {
  await input(page, path).focus();
  await page.evaluate(
    ({ path, text }) => {
      const el = document.getElementById(path);
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { path, text },
  );
}

/** Every typed value of table 三 and every total, to show that a refused paste changed nothing. */
async function matrixSnapshot(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLInputElement | HTMLOutputElement | HTMLSpanElement>(
        '.grid-applications .grid-input, .grid-applications output',
      ),
    ].map((el) => `${el.id}=${'value' in el ? el.value : el.textContent}`),
  );
}

async function renders(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({ ...(window.__matrixRenders ?? {}) }));
}

test.beforeEach(async ({ page }) => {
  await openDemo(page);
});

test('typing into cells updates the row, column and grand totals', async ({ page }) => {
  await input(page, A('results.withheld.stateSecret.research')).click();
  await page.keyboard.type('7');
  await expectValue(input(page, A('results.withheld.stateSecret.research')), '7');
  await expect(output(page, A('results.withheld.stateSecret.total'))).toHaveText('8');
  await expect(output(page, A('results.total.research'))).toHaveText('7');
  await expect(output(page, A('results.total.total'))).toHaveText('54');
  await expect(balance(page, 'research')).toContainText('✗ 相差 7');

  await input(page, A('newReceived.research')).click();
  await page.keyboard.type('7');
  await expect(output(page, A('newReceived.total'))).toHaveText('56');
  await expect(balance(page, 'research')).toContainText('✓ 平衡');
  await expect(balance(page, 'total')).toContainText('60 = 60');
});

test('a tab-separated block pastes over the typed cells, skipping （七）总计, and every total follows', async ({
  page,
}) => {
  // spaces, a thousands separator, full-width digits, CRLF rows and Excel's trailing line break
  await paste(page, A('results.otherHandling.other.commercial'), ' 1 \t２\t1,003\r\n4\t5\t6\r\n');
  await expect(page.getByRole('status').filter({ hasText: '已粘贴 6 个单元格' })).toBeVisible();
  await expectValue(input(page, A('results.otherHandling.other.commercial')), '1');
  await expectValue(input(page, A('results.otherHandling.other.research')), '2');
  await expectValue(input(page, A('results.otherHandling.other.nonprofit')), '1003');
  await expectValue(input(page, A('carriedForward.commercial')), '4');
  await expectValue(input(page, A('carriedForward.research')), '5');
  await expectValue(input(page, A('carriedForward.nonprofit')), '6');
  await expect(output(page, A('results.otherHandling.other.total'))).toHaveText('1007');
  await expect(output(page, A('carriedForward.total'))).toHaveText('19');
  await expect(output(page, A('results.total.commercial'))).toHaveText('5');
  await expect(output(page, A('results.total.research'))).toHaveText('2');
  await expect(output(page, A('results.total.nonprofit'))).toHaveText('1004');
  await expect(output(page, A('results.total.total'))).toHaveText('1053');
  await expect(balance(page, 'commercial')).toContainText('6 ≠ 9');
  await expect(balance(page, 'commercial')).toContainText('✗ 相差 3');
});

test('a block that would run outside the grid, or holds a bad value, is refused whole', async ({ page }) => {
  const before = await matrixSnapshot(page);
  await paste(page, A('carriedForward.legal'), '1\t2\t3\n');
  const alert = page.locator('.grid-applications-wrap [role="alert"]');
  await expect(alert).toContainText('超出可填写的单元格范围');
  await expect(alert).toContainText('四、结转下年度继续办理 · 法律服务机构');
  expect(await matrixSnapshot(page)).toEqual(before);

  await paste(page, A('results.otherHandling.other.natural'), '1\t2\n3\t4\n5\t6\n');
  await expect(alert).toContainText('3 行 2 列');
  expect(await matrixSnapshot(page)).toEqual(before);

  await paste(page, A('newReceived.natural'), '1\t2\n3\tx\n');
  await expect(alert).toContainText('第 2 行第 2 列“x”');
  await expect(alert).toContainText('只能填写数字');
  expect(await matrixSnapshot(page)).toEqual(before);
});

test('a row copied from Excel with its 总计 is pasted when the total adds up, and told at the row when not', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  const start = A('results.withheld.stateSecret.natural');
  await input(page, start).scrollIntoViewIfNeeded();
  // 7 values: the six applicant columns and the 总计 of the row, as Excel copies them
  await paste(page, start, '1\t2\t0\t0\t0\t1\t4\r\n');
  const status = page.locator('.grid-applications-wrap [role="status"]');
  await expect(status).toContainText('已粘贴 6 个单元格');
  await expect(status).toContainText('“总计”列：它与各格之和相等，已核对');
  await expectValue(input(page, A('results.withheld.stateSecret.commercial')), '2');
  await expectValue(input(page, A('results.withheld.stateSecret.other')), '1');
  await expect(output(page, A('results.withheld.stateSecret.total'))).toHaveText('4');

  // The message is where the paste happened: just under the pasted row, on screen.
  const row = await input(page, start).evaluate(
    (el) => el.closest('tr')?.getBoundingClientRect().bottom ?? 0,
  );
  const box = await status.boundingBox();
  expect(box?.y).toBeGreaterThanOrEqual(row);
  expect(box?.y).toBeLessThan(row + 30);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(700);
  await page.screenshot({ path: '/tmp/issue14-paste-total-ok.png' });

  // Two rows, the second with a total that is off by 2: the cells are pasted, the row is named.
  await paste(page, start, '1\t2\t0\t0\t0\t1\t4\r\n3\t0\t0\t0\t0\t0\t5\r\n');
  const alert = page.locator('.grid-applications-wrap [role="alert"]');
  await expect(alert).toContainText('已粘贴 12 个单元格');
  await expect(alert).toContainText(
    '（三）不予公开 2.其他法律行政法规禁止公开”：复制的总计为 5，但粘贴的各格之和为 3，相差 2',
  );
  await expectValue(input(page, A('results.withheld.prohibitedByLaw.natural')), '3');
  await expect(output(page, A('results.withheld.prohibitedByLaw.total'))).toHaveText('3');
  const next = await input(page, A('results.withheld.prohibitedByLaw.natural')).evaluate(
    (el) => el.closest('tr')?.getBoundingClientRect().bottom ?? 0,
  );
  const alertBox = await alert.boundingBox();
  expect(alertBox?.y).toBeGreaterThanOrEqual(next);
  expect(alertBox?.y).toBeLessThan(next + 30);
  await page.screenshot({ path: '/tmp/issue14-paste-total-off.png' });
  // it never takes a click: the cell under it can be clicked, and the message goes
  const under = A('results.withheld.endangersSecurity.natural');
  await input(page, under).click({ position: { x: 10, y: 10 } });
  await expect(page.locator(`input[id="${under}"]`)).toBeFocused();
  await expect(alert).toBeEmpty();
});

test('full-width digits are accepted; a letter, a sign or a decimal is refused at the cell', async ({
  page,
}) => {
  const cell = input(page, A('newReceived.natural'));
  await cell.click();
  await page.keyboard.insertText('１２');
  await expect(output(page, A('newReceived.total')).first()).toHaveText('21');
  await page.keyboard.press('Tab');
  await expectValue(cell, '12');

  await cell.click();
  await page.keyboard.press('End');
  await page.keyboard.type('a');
  await expectValue(cell, '12');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  const note = page.locator(`[id="${A('newReceived.natural')}-refusal"]`);
  await expect(note).toBeVisible();
  await expect(note).toHaveText('只能填写数字');
  await expect(cell).toHaveAccessibleDescription('只能填写数字');
  await expect(output(page, A('newReceived.total'))).toHaveText('21');

  await page.keyboard.type('.');
  await expect(note).toHaveText('件数必须是整数，不能有小数');
  await page.keyboard.press('Home');
  await page.keyboard.type('-');
  await expectValue(cell, '12');
  await expect(note).toHaveText('不能填负数');

  await page.keyboard.type('3'); // a good keystroke clears the message
  await expectValue(cell, '312');
  await expect(note).toHaveCount(0);
  await expect(output(page, A('newReceived.total'))).toHaveText('321');
});

test('table 二 takes 万元 with up to 4 decimals only for 行政事业性收费; table 四 sums its groups', async ({
  page,
}) => {
  const fee = input(page, 'proactive.feeAmount');
  await fee.click();
  await page.keyboard.type('1.5');
  await expectValue(fee, '1.5');
  await page.keyboard.type('0001');
  await expectValue(fee, '1.5000');
  await expect(page.locator('[id="proactive.feeAmount-refusal"]')).toHaveText('最多保留 4 位小数');

  const licensing = input(page, 'proactive.licensing');
  await licensing.click();
  await page.keyboard.type('1.');
  await expectValue(licensing, '1');
  await expect(page.locator('[id="proactive.licensing-refusal"]')).toHaveText('件数必须是整数，不能有小数');

  await input(page, 'appeals.litigationDirect.corrected').click();
  await page.keyboard.type('3');
  await expect(output(page, 'appeals.litigationDirect.total')).toHaveText('5');
  await expect(output(page, 'appeals.reconsideration.total')).toHaveText('4');
});

test('arrows, Enter and Tab move between cells; typing replaces; Delete clears', async ({ page }) => {
  const focused = () => page.evaluate(() => document.activeElement?.id);
  await input(page, A('newReceived.natural')).click();
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe(A('newReceived.commercial'));
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe(A('carriedOver.commercial'));
  await page.keyboard.press('Enter');
  expect(await focused()).toBe(A('results.disclosed.commercial'));
  await page.keyboard.press('Shift+Enter');
  expect(await focused()).toBe(A('carriedOver.commercial'));
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).toBe(A('carriedOver.natural'));
  await page.keyboard.press('ArrowUp');
  expect(await focused()).toBe(A('newReceived.natural'));
  await page.keyboard.press('ArrowUp'); // top edge: stays
  expect(await focused()).toBe(A('newReceived.natural'));
  await page.keyboard.press('Tab');
  expect(await focused()).toBe(A('newReceived.commercial'));
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe(A('newReceived.natural'));

  // the whole value is selected on focus, so a digit replaces it
  await page.keyboard.type('9');
  await expectValue(input(page, A('newReceived.natural')), '9');
  // entered by typing, the arrows still move between cells
  await page.keyboard.type('8');
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe(A('newReceived.commercial'));
  await expectValue(input(page, A('newReceived.natural')), '98');

  // Down skips the derived （七）总计 row; Right stops before the derived 总计 column
  await input(page, A('results.otherHandling.other.other')).click();
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe(A('carriedForward.other'));
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe(A('carriedForward.other'));

  // Delete on the selected value clears the cell: blank, counted as 0
  await input(page, A('results.disclosed.natural')).click();
  await page.keyboard.press('Delete');
  await expectValue(input(page, A('results.disclosed.natural')), '');
  await expect(output(page, A('results.disclosed.total'))).toHaveText('3');
  await expect(output(page, A('results.total.natural'))).toHaveText('22');
});

for (const table of ['proactive', 'applications', 'appeals'] as const) {
  test(`table ${table}: a click on the cell that has the cursor selects it, so typing replaces its number; a double-click edits in place`, async ({
    page,
  }) => {
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    const first = page.locator(`.grid-${table} .grid-input`).first();
    const id = (await first.getAttribute('id')) ?? '';
    await first.click();
    await page.keyboard.type('5');
    // The cursor leaves and comes back by the keyboard, as after Enter: the cell is focused, its text selected.
    await page.keyboard.press('ArrowRight');
    expect(await focused()).not.toBe(id);
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(id);
    // A click on it, near the end of its text, then typing: the number is replaced, not 56 or 65.
    const cell = input(page, id);
    const box = await cell.boundingBox();
    if (!box) throw new Error(`no box for ${id}`);
    await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
    await page.keyboard.type('6');
    await expectValue(cell, '6');
    await page.mouse.click(box.x + 4, box.y + box.height / 2);
    await page.keyboard.type('65');
    await expectValue(cell, '65');
    // A double-click enters edit mode: typing goes in at the caret (the end).
    await cell.dblclick();
    await page.keyboard.type('7');
    await expectValue(cell, '657');
  });
}

test('typing 0, ←, 2 fills two cells; F2 or a double-click enters edit mode, where ← moves the caret', async ({
  page,
}) => {
  const focused = () => page.evaluate(() => document.activeElement?.id);
  const natural = input(page, A('newReceived.natural'));
  const commercial = input(page, A('newReceived.commercial'));
  await commercial.click();
  await page.keyboard.type('0');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('2');
  await expectValue(commercial, '0');
  await expectValue(natural, '2');
  expect(await focused()).toBe(A('newReceived.natural'));
  await expect(output(page, A('newReceived.total'))).toHaveText('6'); // 2 + 0 + the sample's 1 + 2 + 1

  // F2: the caret goes to the end of the text; ← moves it, the next digit goes before the last
  await page.keyboard.press('F2');
  await page.keyboard.type('3');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('1');
  expect(await focused()).toBe(A('newReceived.natural'));
  await expectValue(natural, '123');
  // Enter still moves on; the next cell is entered afresh, where ← moves the cell again
  await page.keyboard.press('Enter');
  expect(await focused()).toBe(A('carriedOver.natural'));
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe(A('carriedOver.commercial'));

  // a double-click enters edit mode too
  await commercial.dblclick();
  expect(await focused()).toBe(A('newReceived.commercial'));
  await page.keyboard.type('5');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('4');
  await expectValue(commercial, '405');
  expect(await focused()).toBe(A('newReceived.commercial'));
});

test('Escape puts back what the cell held when it got focus, and its totals with it', async ({ page }) => {
  const cell = input(page, A('results.disclosed.natural'));
  await cell.click();
  await page.keyboard.type('100');
  await expect(output(page, A('results.total.total'))).toHaveText('129');
  await page.keyboard.press('Escape');
  await expectValue(cell, '18');
  await expect(output(page, A('results.disclosed.total'))).toHaveText('21');
  await expect(output(page, A('results.total.total'))).toHaveText('47');
  await expect(cell).toBeFocused();
  // a refused letter's message goes too; typing then replaces the whole value again
  await page.keyboard.type('7');
  await page.keyboard.type('x');
  await expect(page.locator(`[id="${A('results.disclosed.natural')}-refusal"]`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator(`[id="${A('results.disclosed.natural')}-refusal"]`)).toHaveCount(0);
  await expectValue(cell, '18');
  await page.keyboard.type('5');
  await expectValue(cell, '5');
  await page.keyboard.press('Tab');
  await expectValue(cell, '5');
  await expect(output(page, A('results.total.total'))).toHaveText('34');
});

test('breaking 勾稽关系 in one column says where, by how much and which side is larger', async ({ page }) => {
  await expect(page.locator('td.balance.unbalanced')).toHaveCount(0);
  await input(page, A('carriedForward.natural')).click();
  await page.keyboard.type('5');
  const natural = balance(page, 'natural');
  await expect(natural).toContainText('43 ≠ 45');
  await expect(natural).toContainText('✗ 相差 2');
  await expect(natural).toContainText('一+二 少');
  await expect(natural).toContainText('第一项加第二项之和比第三项加第四项之和少 2 件');
  await expect(page.locator('td.balance.unbalanced')).toHaveCount(2); // 自然人 and 总计
  await expect(balance(page, 'commercial')).toContainText('✓ 平衡');
  await page.keyboard.press('Tab'); // leave the cell: no note open
  await page.setViewportSize({ width: 1280, height: 2400 }); // whole table in view: the sticky header stays put
  await page
    .locator('.grid-applications-wrap')
    .screenshot({ path: '/tmp/matrix-applications-unbalanced.png' });

  // the R3 finding is shown at the column's （七）总计 cell and the indicator leads there
  const total = output(page, A('results.total.natural'));
  await expect(total).toHaveAccessibleDescription(/“自然人”列勾稽关系不成立/);
  await natural.getByRole('button', { name: '查看“自然人”列的勾稽关系' }).click();
  await expect(total).toBeFocused();
  await expect(page.locator(`[id="${A('results.total.natural')}-findings"]`)).toBeVisible();
  await page.locator('.grid-applications-wrap').screenshot({ path: '/tmp/matrix-r3-finding.png' });
  await page.screenshot({ path: '/tmp/issue14-see-note.png' });
  // The note leaves 四、结转 clear: not covered, and a click there goes to the cell.
  const fix = input(page, A('carriedForward.natural'));
  const note = await page.locator(`[id="${A('results.total.natural')}-findings"]`).boundingBox();
  const cell = await fix.boundingBox();
  expect((note?.y ?? 0) + (note?.height ?? 0)).toBeLessThanOrEqual(cell?.y ?? 0);
  await fix.click();
  await expect(page.locator(`input[id="${A('carriedForward.natural')}"]`)).toBeFocused();
  await page.keyboard.type('3');
  await expect(natural).toContainText('✓ 平衡');
});

test('every 查看 of the 勾稽关系 row has its own accessible name', async ({ page }) => {
  await input(page, A('newReceived.natural')).click();
  await page.keyboard.type('41');
  await input(page, A('newReceived.commercial')).click();
  await page.keyboard.type('6');
  await expect(page.locator('td.balance.unbalanced')).toHaveCount(3);
  const buttons = page.locator('td.balance button');
  await expect(buttons).toHaveCount(3);
  const names = await buttons.evaluateAll((els) =>
    els.map((el) => el.getAttribute('aria-label') ?? el.textContent),
  );
  expect(new Set(names).size).toBe(3);
  await expect(page.getByRole('button', { name: '查看“商业企业”列的勾稽关系' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: '查看“总计”列的勾稽关系' })).toHaveCount(1);
});

test('totals follow a reset of the whole form (as when the wizard loads another draft)', async ({ page }) => {
  await input(page, A('results.disclosed.natural')).click();
  await page.keyboard.type('100');
  await expect(output(page, A('results.total.total'))).toHaveText('129');
  await expect(balance(page, 'natural')).toContainText('✗ 相差 82');
  await page.getByRole('button', { name: '恢复示例数据' }).click();
  await expectValue(input(page, A('results.disclosed.natural')), '18');
  await expect(output(page, A('results.total.total'))).toHaveText('47');
  await expect(output(page, A('results.disclosed.total'))).toHaveText('21');
  await expect(page.locator('td.balance.unbalanced')).toHaveCount(0);
});

test('a cross-year warning (X1) shows at its 上年结转 cell', async ({ page }) => {
  const cell = input(page, A('carriedOver.commercial'));
  await expect(cell).toHaveAccessibleDescription(/提醒：.*2024 年报告的“四、结转下年度继续办理”为 2/);
  await cell.click();
  await page.keyboard.type('2');
  await expect(cell).not.toHaveAttribute('aria-describedby', /-findings/); // only where it came from
});

test('one keystroke re-renders only the cell, its totals and the balance row (≤ cell + 4)', async ({
  page,
}) => {
  const reset = () => page.evaluate(() => (window.__matrixRenders = {}));

  // a result cell: its row total, its column's （七）总计, the grand total and the 勾稽关系 row
  await input(page, A('results.withheld.processInfo.commercial')).click();
  await reset();
  await page.keyboard.type('3');
  await expect(output(page, A('results.total.total'))).toHaveText('50');
  const first = await renders(page);
  expect(first).toEqual({
    [A('results.withheld.processInfo.total')]: 1,
    [A('results.total.commercial')]: 1,
    [A('results.total.total')]: 1,
    balance: 1,
  });

  await reset();
  await page.keyboard.type('1'); // 31
  await expect(output(page, A('results.total.total'))).toHaveText('78');
  expect(Object.values(await renders(page)).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5);

  // 一: its row total and the balance row — and, since this breaks the 法律服务机构 column,
  // that column's （七）总计 cell, which now shows the R3 finding
  await input(page, A('newReceived.legal')).click();
  await reset();
  await page.keyboard.type('4');
  await expect(output(page, A('newReceived.total'))).toHaveText('51');
  expect(await renders(page)).toEqual({
    [A('newReceived.total')]: 1,
    [A('results.total.legal')]: 1,
    balance: 1,
  });
  await reset();
  await page.keyboard.press('Backspace'); // blank: counted as 0
  await page.keyboard.type('2'); // back to balanced
  await expect(balance(page, 'legal')).toContainText('✓ 平衡');
  await reset();
  await page.keyboard.press('F2'); // edit mode, and the caret moves inside the text: nothing re-renders
  await page.keyboard.press('ArrowLeft');
  expect(await renders(page)).toEqual({});
  // to another cell: only the cell left (its text again) and the cell entered (its editor)
  await page.keyboard.press('ArrowDown');
  expect(await renders(page)).toEqual({ [A('newReceived.legal')]: 1, [A('carriedOver.legal')]: 1 });
  // only the cell being edited is a text field
  expect(await page.locator('.grid-form input').count()).toBe(1);

  // a cell with a finding (X1): the cell itself re-renders as its warning changes
  await input(page, A('carriedOver.commercial')).click();
  await reset();
  await page.keyboard.type('2');
  await expect(output(page, A('carriedOver.total'))).toHaveText('5');
  const x1 = await renders(page);
  expect(Object.values(x1).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5);
  expect(x1[A('carriedOver.commercial')]).toBe(1);

  // a refused letter: only the cell (its message)
  await reset();
  await page.keyboard.type('z');
  await expect(page.locator(`[id="${A('carriedOver.commercial')}-refusal"]`)).toBeVisible();
  expect(await renders(page)).toEqual({ [A('carriedOver.commercial')]: 1 });

  // table 四: only its group total
  await input(page, 'appeals.reconsideration.other').click();
  await reset();
  await page.keyboard.type('1');
  await expect(output(page, 'appeals.reconsideration.total')).toHaveText('5');
  expect(await renders(page)).toEqual({ 'appeals.reconsideration.total': 1 });
});

test('read-only (review) mode: cells cannot be typed or pasted into', async ({ page }) => {
  await page.getByLabel('只读（审核）').check();
  const cell = input(page, A('newReceived.natural'));
  await expect(cell).toHaveAttribute('aria-readonly', 'true');
  await cell.click();
  await expect(cell).toHaveAttribute('readonly', '');
  await page.keyboard.type('5');
  await expectValue(cell, '40');
  await paste(page, A('newReceived.natural'), '1\t2\n');
  await expect(page.locator('.grid-applications-wrap [role="alert"]')).toContainText('只读');
  await expectValue(cell, '40');
  await page.keyboard.press('ArrowDown');
  await expect(input(page, A('carriedOver.natural'))).toBeFocused();
});

test('the demo page passes axe-core, balanced and with messages shown', async ({ page }) => {
  expect(await axeViolations(page)).toEqual([]);
  await input(page, A('carriedForward.natural')).click();
  await page.keyboard.type('5');
  await input(page, A('newReceived.natural')).click();
  await page.keyboard.type('a');
  await expect(page.locator(`[id="${A('newReceived.natural')}-refusal"]`)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('at 1280 px the three tables fit their boxes without a sideways scroll, and a refused letter shows its message (screenshots kept for a person)', async ({
  page,
}) => {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await page.setViewportSize({ width: 1280, height: 2400 }); // whole page in view: the sticky header stays put
  for (const wrap of ['.grid-proactive-wrap', '.grid-applications-wrap', '.grid-appeals-wrap']) {
    const box = page.locator(wrap);
    await expect(box).toBeVisible();
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth), wrap).toBeLessThanOrEqual(0);
  }
  await page.locator('.grid-proactive-wrap').screenshot({ path: '/tmp/matrix-proactive.png' });
  await page.locator('.grid-applications-wrap').screenshot({ path: '/tmp/matrix-applications-balanced.png' });
  await page.locator('.grid-appeals-wrap').screenshot({ path: '/tmp/matrix-appeals.png' });
  await input(page, A('results.withheld.stateSecret.commercial')).click();
  await page.keyboard.type('x');
  await expect(page.locator(`[id="${A('results.withheld.stateSecret.commercial')}-refusal"]`)).toBeVisible();
  await page.locator('.grid-applications-wrap').screenshot({ path: '/tmp/matrix-refusal.png' });
});
