import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { test as killable } from './killable-browser';
import { journalEdits, journalInLocalStorage, pause, storedDraft } from './storage-helpers';
import { createReport, expectValue, fillAt, loadSample, openStep } from './wizard-helpers';

// Typing is never lost and no tab writes a stale copy: a reload or a crash right after the
// last keystroke, and a review tab beside the wizard on the same stored draft.

const CELL = 'applications.newReceived.natural';
const PART_三 = '三、收到和处理政府信息公开申请情况';
const OVERVIEW = ['proactive', 'onRequest', 'management', 'platform', 'oversight'].map(
  (k) => `overview.${k}`,
);

/** Types a value into each field of 一、总体情况, the last one key by key; returns the values. */
async function typeOverview(page: Page, tag: string): Promise<string[]> {
  await openStep(page, '一、总体情况');
  const values = OVERVIEW.map((p, i) => `${tag}第${i + 1}段`);
  for (const [i, p] of OVERVIEW.entries()) {
    const box = page.locator(`[name="${p}"]`);
    await box.focus();
    if (i < OVERVIEW.length - 1) await box.fill(values[i]!);
    else await page.keyboard.type(values[i]!);
  }
  return values;
}

async function expectOverview(page: Page, values: string[]): Promise<void> {
  await openStep(page, '一、总体情况');
  for (const [i, p] of OVERVIEW.entries())
    await expect(page.locator(`[name="${p}"]`)).toHaveValue(values[i]!);
}

for (const delay of [0, 100, 200]) {
  test(`F5 ${delay} ms after the last keystroke keeps everything typed`, async ({ page }) => {
    await createReport(page, `某某县第${delay}局`, 2025);
    const values = await typeOverview(page, `重载${delay}`);
    await pause(delay);
    await page.reload();
    await expectOverview(page, values);
  });
}

for (const delay of [0, 50, 200, 400]) {
  test(`a renderer crash ${delay} ms after the last keystroke loses nothing`, async ({ context, page }) => {
    await createReport(page, `某某县崩溃${delay}局`, 2025);
    const url = page.url();
    const values = await typeOverview(page, `崩溃${delay}`);
    await pause(delay);
    // The journal's worker writes it (storage/journal/journal-worker.ts): the page's own localStorage copy,
    // made only while the worker starts or when the page is left, lacks the last keystroke.
    expect(await journalInLocalStorage(page)).not.toContain(values.at(-1));
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => {});
    await crashed;
    const again = await context.newPage();
    await again.goto(url);
    await expectOverview(again, values);
  });
}

killable(
  'the browser killed 0 (three times), 50, 200 or 400 ms after the last keystroke reached the edit journal: every value is there on the next start',
  async ({ browsers }) => {
    killable.setTimeout(120_000);
    // A profile of its own per kill; 0 ms: killed before autosave could store the draft, with
    // the last key only in the edit journal.
    for (const [run, delay] of [0, 0, 0, 50, 200, 400].entries()) {
      const profile = browsers.newProfile();
      const first = await browsers.start(profile);
      const page = await first.context.newPage();
      const id = await createReport(page, `某某县断电${run}局`, 2025);
      const url = page.url();
      const values = await typeOverview(page, `断电${run}号${delay}`);
      // The last key's journal entry, committed within the key's event (edit-journal.ts): from
      // here on it is on disk, while the draft itself waits for autosave (300 ms).
      const last = OVERVIEW.at(-1)!;
      await expect.poll(async () => (await journalEdits(page, id))[last]).toBe(values.at(-1));
      await pause(delay);
      await first.kill();
      // The same profile folder, as the killed browser left it on disk.
      const next = await browsers.start(profile);
      const again = await next.context.newPage();
      await again.goto(url);
      await expectOverview(again, values);
      await next.kill();
    }
  },
);

test("the two-tab review scenario: the clerk's value and the supervisor's comment both survive", async ({
  context,
  page: clerk,
}) => {
  const id = await loadSample(clerk);
  await openStep(clerk, PART_三);
  await fillAt(clerk, CELL, '777');
  await expect.poll(async () => (await storedDraft(clerk, id))?.applications.newReceived.natural).toBe(777);

  const boss = await context.newPage();
  await boss.goto(`./#/review/${id}`);
  await expect(boss.getByRole('heading', { level: 1, name: /^审核：/ })).toBeVisible();
  await boss.getByLabel('审核人姓名').fill('王审核');
  await boss.locator(`.review-report [data-path="${CELL}"]`).click();
  await boss.getByLabel('意见', { exact: true }).fill('请核对自然人新收申请数。');
  await boss.getByRole('button', { name: '添加意见' }).click();
  await expect(boss.locator('.comment-list')).toContainText('请核对自然人新收申请数。');

  // Stored: the clerk's 777 beside the comment; the clerk's tab shows the comment.
  await expect
    .poll(async () => {
      const d = await storedDraft(clerk, id);
      return [d?.applications.newReceived.natural, d?.review?.comments.length];
    })
    .toEqual([777, 1]);
  const tasks = clerk.getByRole('navigation', { name: '填写步骤' });
  await expect(tasks.getByRole('link', { name: /三、收到和处理/ })).toContainText('1 条审核意见');

  // The clerk's next keystroke keeps the comment.
  await fillAt(clerk, CELL, '778');
  await expect
    .poll(async () => {
      const d = await storedDraft(clerk, id);
      return [d?.applications.newReceived.natural, d?.review?.comments.length];
    })
    .toEqual([778, 1]);
  // …and the review tab shows the new value.
  await expectValue(boss.locator(`.review-report [data-path="${CELL}"]`), '778');
});

test('a review tab that missed the clerk withdrawing, editing and resubmitting cannot approve the old numbers', async ({
  context,
  page: clerk,
}) => {
  const boss = await context.newPage();
  // The review tab hears nothing from the other tabs (as in a browser without BroadcastChannel).
  await boss.addInitScript(() => {
    Reflect.deleteProperty(window, 'BroadcastChannel');
  });
  const id = await loadSample(clerk);
  await openStep(clerk, '检查与提交');
  await clerk.getByLabel('填报人').fill('李填报');
  await clerk.getByRole('button', { name: '提交审核' }).click();
  await expect(clerk.getByText(/当前状态：已提交审核/)).toBeVisible();
  await expect.poll(async () => (await storedDraft(clerk, id))?.review?.status).toBe('submitted');

  await boss.goto(`./#/review/${id}`);
  await expect(boss.getByText('当前状态：已提交审核')).toBeVisible();

  // The clerk withdraws, changes a cell and its balancing cell, and resubmits.
  await clerk.getByRole('button', { name: '撤回并修改' }).click();
  await clerk.getByRole('dialog').getByRole('button', { name: '撤回并修改' }).click();
  await openStep(clerk, PART_三);
  await fillAt(clerk, CELL, '41');
  await fillAt(clerk, 'applications.results.disclosed.natural', '19');
  await openStep(clerk, '检查与提交');
  await clerk.getByRole('button', { name: /提交审核/ }).click();
  await expect
    .poll(async () => (await storedDraft(clerk, id))?.review?.history.map((h) => h.status))
    .toEqual(['submitted', 'draft', 'submitted']);

  await boss.getByLabel('审核人姓名').fill('王审核');
  await boss.getByRole('button', { name: '审核通过' }).click();
  await expect(boss.getByRole('alert')).toContainText('报告在你打开后已被填报人修改');
  const stored = await storedDraft(clerk, id);
  expect(stored?.review?.status).toBe('submitted');
  expect(stored?.review?.history.map((h) => h.status)).toEqual(['submitted', 'draft', 'submitted']);
  expect(stored?.applications.newReceived.natural).toBe(41);
  // The review tab now shows what the clerk sent.
  await expectValue(boss.locator(`.review-report [data-path="${CELL}"]`), '41');
});
