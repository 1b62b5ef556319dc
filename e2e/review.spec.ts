import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import { setPath } from '../src/report/paths';
import type { Draft } from '../src/report/schema';
import { axeViolations } from './axe';
import { openForReview, readDraft, saveDraftFile, writeDraft } from './review-helpers';
import { waitForStored } from './storage-helpers';
import { draftIdOf, expectValue, loadSample, openStep, typeAt } from './wizard-helpers';

const CELL = 'applications.newReceived.natural';
const PART_三 = '三、收到和处理政府信息公开申请情况';

async function newPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  return context.newPage();
}

/** The clerk submits the example report from 检查与提交 under the name 李填报. */
async function submitSample(page: Page): Promise<void> {
  await loadSample(page);
  await openStep(page, '检查与提交');
  await page.getByLabel('填报人').fill('李填报');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByText(/当前状态：已提交审核（李填报，/)).toBeVisible();
}

const submitted = (d: Draft, by = '李填报'): Draft => ({
  ...d,
  review: {
    status: 'submitted',
    comments: [],
    history: [{ status: 'submitted', by, at: '2026-01-10T09:00:00+08:00' }],
  },
});

test('submit → return with a cell comment → resolve and resubmit → approve; the file keeps the history', async ({
  page: clerk,
  browser,
  baseURL,
}) => {
  // The clerk fills the report (the example) and submits it.
  await submitSample(clerk);
  const sent = await saveDraftFile(clerk);

  // The supervisor opens the file, comments on one cell of 三 (chosen by clicking it) and returns it.
  const boss = await newPage(browser, baseURL);
  await openForReview(boss, sent);
  await expect(boss.getByText('当前状态：已提交审核')).toBeVisible();
  await boss.getByLabel('审核人姓名').fill('王审核');
  await boss.locator(`.review-report [data-path="${CELL}"]`).click();
  await expect(boss.getByLabel('针对的部分')).toHaveValue('applications');
  await expect(boss.getByLabel('具体栏目或单元格（可选）')).toHaveValue(CELL);
  await boss.getByLabel('意见', { exact: true }).fill('自然人新收申请数与登记台账不符，请核对。');
  await boss.getByRole('button', { name: '添加意见' }).click();
  const list = boss.locator('.comment-list');
  await expect(list).toContainText('自然人新收申请数与登记台账不符，请核对。');
  await expect(list).toContainText('王审核');
  await expect(list).toContainText('（待处理）');
  await boss.getByRole('button', { name: '退回修改' }).click();
  await expect(boss.getByText('当前状态：退回修改')).toBeVisible();
  expect(await axeViolations(boss)).toEqual([]);
  await boss.setViewportSize({ width: 1440, height: 1000 });
  await boss.locator(`.review-report [data-path="${CELL}"]`).scrollIntoViewIfNeeded();
  await boss.screenshot({ path: '/tmp/review-mode.png' });
  const returned = await saveDraftFile(boss);

  // The clerk opens the returned file over the draft in this browser.
  await clerk.goto('./');
  await clerk.getByLabel('打开草稿文件', { exact: true }).setInputFiles(returned);
  await clerk
    .getByRole('dialog', { name: '替换已有草稿？' })
    .getByRole('button', { name: '用文件替换' })
    .click();
  await expect(clerk).toHaveURL(/\/basics$/);
  const tasks = clerk.getByRole('navigation', { name: '填写步骤' });
  await expect(tasks.getByRole('link', { name: /三、收到和处理/ })).toContainText('1 条审核意见');
  await expect(tasks.getByRole('link', { name: /基本信息/ })).not.toContainText('审核意见');

  await openStep(clerk, PART_三);
  const notes = clerk.getByRole('region', { name: /审核意见/ });
  await expect(notes).toContainText('审核意见（1 条待处理）');
  await expect(notes).toContainText('自然人新收申请数与登记台账不符，请核对。');
  await expect(notes).toContainText('审核人：王审核');
  expect(await axeViolations(clerk)).toEqual([]);
  await clerk.screenshot({ path: '/tmp/review-clerk-step.png', fullPage: false });
  // The comment's link goes to its cell, which is marked.
  await notes.getByRole('link').click();
  await expect(clerk.locator(`[name="${CELL}"]`)).toBeFocused();

  // Fixed (the column stays balanced), then marked resolved; autosaved.
  await typeAt(clerk, CELL, '41');
  await typeAt(clerk, 'applications.results.disclosed.natural', '19');
  await notes.getByRole('button', { name: '标记为已处理' }).click();
  await expect(notes).toContainText('审核意见（已全部处理）');
  await expect(tasks.getByRole('link', { name: /三、收到和处理/ })).not.toContainText('审核意见');
  await waitForStored(
    clerk,
    draftIdOf(clerk),
    (d) =>
      d.applications.results.disclosed.natural === 19 &&
      (d.review?.comments.every((c) => c.resolved) ?? false),
  );
  await clerk.reload();
  await expect(clerk.getByRole('region', { name: /审核意见/ })).toContainText('已处理');

  // 检查与提交: 重新提交审核 (the clerk's name is remembered).
  await openStep(clerk, '检查与提交');
  await expect(clerk.getByLabel('填报人')).toHaveValue('李填报');
  await clerk.getByRole('button', { name: '重新提交审核' }).click();
  await expect(clerk.getByText(/当前状态：已提交审核（李填报，/)).toBeVisible();
  const resent = await saveDraftFile(clerk);

  // The supervisor approves the corrected report.
  await openForReview(boss, resent);
  await expect(boss.getByLabel('审核人姓名')).toHaveValue('王审核');
  await expect(boss.locator('.comment-list')).toContainText('（已处理）');
  await boss.getByRole('button', { name: '审核通过' }).click();
  await expect(boss.getByText('当前状态：审核通过')).toBeVisible();
  const approved = readDraft(await saveDraftFile(boss));

  expect(approved.applications.newReceived.natural).toBe(41);
  const history = approved.review?.history ?? [];
  expect(history.map((h) => [h.status, h.by])).toEqual([
    ['submitted', '李填报'],
    ['returned', '王审核'],
    ['submitted', '李填报'],
    ['approved', '王审核'],
  ]);
  const times = history.map((h) => Date.parse(h.at));
  expect(times.every((t, i) => !Number.isNaN(t) && (i === 0 || t >= (times[i - 1] ?? 0)))).toBe(true);
  expect(approved.review?.comments).toEqual([
    expect.objectContaining({ part: 'applications', path: CELL, author: '王审核', resolved: true }),
  ]);
  await expect(boss.locator('.history-list li')).toHaveCount(4);
});

test('review mode asks for the reviewer’s name, refuses to approve with an error and to return without a comment', async ({
  page,
}) => {
  const broken = submitted(setPath(sampleDraft(), 'applications.carriedForward.research', 1));
  await openForReview(page, writeDraft('broken.json', broken));
  const approve = page.getByRole('button', { name: '审核通过' });
  await expect(approve).toHaveAttribute('aria-disabled', 'true');
  await expect(approve).toHaveAccessibleDescription(/报告还有 1 个错误，不能审核通过/);

  // No name yet: asked at the field, which gets the focus.
  await approve.click({ force: true }); // aria-disabled: still clickable, the handler must refuse
  await expect(page.getByText('请先填写审核人姓名')).toBeVisible();
  await expect(page.getByLabel('审核人姓名')).toBeFocused();

  await page.getByLabel('审核人姓名').fill('王审核');
  await approve.click({ force: true }); // aria-disabled: still clickable, the handler must refuse
  await expect(page.locator('.review-message')).toHaveText('报告仍有错误，不能审核通过。');
  await page.getByRole('button', { name: '退回修改' }).click();
  await expect(page.locator('.review-message')).toHaveText('退回修改前，请至少写一条审核意见。');
  await expect(page.getByText('当前状态：已提交审核')).toBeVisible();
  await expect(page.getByText('尚无状态变更。')).toHaveCount(0);
  await expect(page.locator('.history-list li')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('an approved report opens read-only; 修改报告, once confirmed, turns it back into a draft', async ({
  page,
}) => {
  const base = submitted(sampleDraft());
  const approvedDraft: Draft = {
    ...base,
    review: {
      status: 'approved',
      comments: [],
      history: [
        ...(base.review?.history ?? []),
        { status: 'approved', by: '王审核', at: '2026-01-12T10:00:00+08:00' },
      ],
    },
  };
  await page.goto('./');
  await page
    .getByLabel('打开草稿文件', { exact: true })
    .setInputFiles(writeDraft('approved.json', approvedDraft));
  await expect(page).toHaveURL(/\/basics$/);
  const banner = page.getByRole('region', { name: '已审核通过' });
  await expect(banner).toContainText('王审核于 2026-01-12 10:00 审核通过');
  await expect(page.locator('[name="meta.website"]')).not.toBeEditable();

  await banner.getByRole('button', { name: '修改报告' }).click();
  const dialog = page.getByRole('dialog', { name: '修改已审核通过的报告？' });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.locator('[name="meta.website"]')).not.toBeEditable();

  await banner.getByRole('button', { name: '修改报告' }).click();
  await dialog.getByRole('button', { name: '修改报告' }).click();
  await expect(banner).toHaveCount(0);
  await typeAt(page, 'meta.website', '示例县政府网');
  await waitForStored(page, draftIdOf(page), (d) => d.meta.website === '示例县政府网');
  const saved = readDraft(await saveDraftFile(page));
  expect(saved.meta.website).toBe('示例县政府网');
  expect(saved.review?.status).toBe('draft');
  expect(saved.review?.history.at(-1)).toEqual(
    expect.objectContaining({ status: 'draft', note: '审核通过后修改' }),
  );
});

test('a submitted report is read-only from the moment it is sent; 撤回并修改, once confirmed, makes it a draft again', async ({
  page,
}) => {
  await submitSample(page);
  const banner = page.getByRole('region', { name: '已提交审核' });
  await expect(banner).toContainText(/李填报于 \d{4}-\d\d-\d\d \d\d:\d\d 提交审核/);
  await openStep(page, PART_三);
  await page.locator(`[id="${CELL}"]`).focus();
  await expect(page.locator(`input[name="${CELL}"]`)).not.toBeEditable();
  await page.keyboard.type('9');
  await expectValue(page.locator(`[id="${CELL}"]`), '40');
  await page.screenshot({ path: '/tmp/submitted-locked.png' });

  // Still locked after a reload (the status was autosaved); declining the question changes nothing.
  await waitForStored(page, draftIdOf(page), (d) => d.review?.status === 'submitted');
  await page.reload();
  await banner.getByRole('button', { name: '撤回并修改' }).click();
  const dialog = page.getByRole('dialog', { name: '撤回提交并修改报告？' });
  await expect(dialog).toContainText('请告诉审核人以重新提交的文件为准');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(banner).toBeVisible();

  await banner.getByRole('button', { name: '撤回并修改' }).click();
  await dialog.getByRole('button', { name: '撤回并修改' }).click();
  await expect(banner).toHaveCount(0);
  await typeAt(page, CELL, '41');
  await typeAt(page, 'applications.results.disclosed.natural', '19');
  await waitForStored(page, draftIdOf(page), (d) => d.applications.results.disclosed.natural === 19);
  const saved = readDraft(await saveDraftFile(page));
  expect(saved.applications.newReceived.natural).toBe(41);
  expect(saved.review?.status).toBe('draft');
  expect(saved.review?.history.map((h) => [h.status, h.note])).toEqual([
    ['submitted', undefined],
    ['draft', '撤回提交后修改'],
  ]);
  await openStep(page, '检查与提交');
  await expect(page.getByRole('button', { name: '提交审核' })).toBeEnabled();
});

test('a comment on a text field shows beside that field for the clerk and is part of its description', async ({
  page,
}) => {
  const d = sampleDraft();
  const returned: Draft = {
    ...d,
    review: {
      status: 'returned',
      comments: [
        {
          id: 'c1',
          part: 'overview',
          path: 'overview.platform',
          text: '请补充政务新媒体的数量。',
          author: '王审核',
          at: '2026-01-12T10:00:00+08:00',
          resolved: false,
        },
      ],
      history: [
        { status: 'submitted', by: '李填报', at: '2026-01-10T09:00:00+08:00' },
        { status: 'returned', by: '王审核', at: '2026-01-12T10:00:00+08:00' },
      ],
    },
  };
  await page.goto('./');
  await page.getByLabel('打开草稿文件').setInputFiles(writeDraft('returned.json', returned));
  await page.waitForURL(/#\/report\//);
  await openStep(page, '一、总体情况');
  const field = page.locator('[name="overview.platform"]');
  await expect(field).toHaveAccessibleDescription(/请补充政务新媒体的数量。/);
  await expect(page.locator('.step-area')).toContainText('审核意见');
  await expect(page.locator('.step-area')).toContainText('王审核');
  await page.screenshot({ path: '/tmp/review-field-note.png', fullPage: true });
});

test('review mode exports the report it shows (Word), named after agency and year', async ({ page }) => {
  await openForReview(page, writeDraft('sample.json', submitted(sampleDraft())));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word（.docx）' }).click();
  expect((await download).suggestedFilename()).toBe(
    '示例县人民政府办公室2025年政府信息公开工作年度报告.docx',
  );
});

test('a review opened from a file says what is not saved yet and asks before the tab is closed', async ({
  page,
}) => {
  await openForReview(page, writeDraft('unit.json', submitted(sampleDraft())));
  const unsaved = page.getByRole('status').filter({ hasText: '审核意见和状态尚未保存到文件' });
  await expect(unsaved).toHaveCount(0);

  await page.getByLabel('审核人姓名').fill('王审核');
  await page.getByLabel('意见', { exact: true }).fill('请补充平台建设情况。');
  await page.getByRole('button', { name: '添加意见' }).click();
  await expect(page.locator('.comment-list')).toContainText('请补充平台建设情况。');
  await expect(unsaved).toBeVisible();
  await page.locator('.review-head').screenshot({ path: '/tmp/review-unsaved.png' });

  // Closing the tab now asks first; the question can be declined and nothing is lost.
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(page.locator('.comment-list')).toContainText('请补充平台建设情况。');

  // Once saved as a file, nothing is left to lose: the tab closes without a question.
  const saved = readDraft(await saveDraftFile(page));
  expect(saved.review?.comments).toEqual([expect.objectContaining({ text: '请补充平台建设情况。' })]);
  await expect(unsaved).toHaveCount(0);
  let questions = 0;
  page.on('dialog', (d) => {
    questions += 1;
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(questions).toBe(0);
});
