import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import { serializeDraft } from '../src/report/restore';
import type { Draft } from '../src/report/schema';
import { writeDraft } from './review-helpers';

/** The sample as the supervisor returned it: one comment on a cell, one on a whole part, one handled. */
function returnedDraft(): Draft {
  const d = sampleDraft();
  return {
    ...d,
    review: {
      status: 'returned',
      history: [
        { status: 'submitted', by: '张三', at: '2026-01-10T09:00:00+08:00' },
        { status: 'returned', by: '李四', at: '2026-01-11T15:30:00+08:00', note: '请核对申请数字' },
      ],
      comments: [
        {
          id: 'c1',
          part: 'applications',
          path: 'applications.newReceived.natural',
          text: '自然人申请数与登记台账不符。',
          author: '李四',
          at: '2026-01-11T15:20:00+08:00',
          resolved: false,
        },
        {
          id: 'c2',
          part: 'problems',
          text: '改进措施请写具体。',
          author: '李四',
          at: '2026-01-11T15:25:00+08:00',
          resolved: false,
        },
        {
          id: 'c3',
          part: 'overview',
          text: '已经改过的意见。',
          author: '李四',
          at: '2026-01-11T15:26:00+08:00',
          resolved: true,
        },
      ],
    },
  };
}

test('a returned report opens with a banner: who returned it, when, and each waiting comment linked to its place', async ({
  page,
}) => {
  await page.goto('./');
  await page
    .getByLabel('打开草稿文件', { exact: true })
    .setInputFiles(writeDraft('退回.json', returnedDraft()));
  await expect(page).toHaveURL(/#\/report\/[^/]+\/basics$/);
  const banner = page.getByRole('region', { name: '报告已退回修改' });
  await expect(banner).toContainText('审核人李四于 2026-01-11 15:30 退回。退回说明：请核对申请数字');
  await expect(banner).toContainText('有 2 条审核意见待处理');
  await expect(banner.getByRole('listitem')).toHaveCount(2);
  await expect(banner).not.toContainText('已经改过的意见');
  await page.screenshot({ path: '/tmp/issue14-returned-banner.png' });

  await banner
    .getByRole('link', {
      name: /三、收到和处理政府信息公开申请情况 · 一、本年新收政府信息公开申请数量 · 自然人/,
    })
    .click();
  await expect(page).toHaveURL(/\/applications$/);
  await expect(page.locator('input[id="applications.newReceived.natural"]')).toBeFocused();

  await banner.getByRole('link', { name: /五、存在的主要问题及改进情况/ }).click();
  await expect(page).toHaveURL(/\/problems$/);
});

test('after a decision, review mode offers the next unit of the batch, or another file', async ({ page }) => {
  const submitted = (agency: string) => ({
    name: `${agency}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      serializeDraft({
        ...sampleDraft(),
        meta: { ...sampleDraft().meta, agencyName: agency },
        review: {
          status: 'submitted',
          comments: [],
          history: [{ status: 'submitted', by: '张三', at: '2026-01-10T09:00:00+08:00' }],
        },
      }),
    ),
  });
  await page.goto('./#/batch');
  await page
    .getByLabel('选择要检查的文件')
    .setInputFiles([submitted('甲局'), submitted('乙局'), submitted('丙局')]);
  await expect(page.getByRole('status').filter({ hasText: '已检查 3 个文件' })).toBeVisible();
  await page.getByRole('button', { name: '甲局.json' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '审核：甲局 2025 年报告' })).toBeVisible();
  await expect(page.getByRole('region', { name: '接下来' })).toHaveCount(0);

  await page.getByLabel('审核人姓名').fill('王审核');
  await page.getByRole('button', { name: '审核通过' }).click();
  const next = page.getByRole('region', { name: '接下来' });
  await expect(next.getByRole('button', { name: /审核下一个单位：乙局/ })).toHaveAccessibleDescription(
    '批量检查中的第 2 / 3 个（乙局.json）',
  );
  await expect(next.getByLabel('打开另一个草稿文件')).toBeAttached();
  await expect(next.getByRole('link', { name: '返回批量检查' })).toBeVisible();
  await page.screenshot({ path: '/tmp/issue14-next-unit.png' });

  // The decision is saved to its file first (it lives only in this page), then the next unit opens.
  const download = page.waitForEvent('download');
  await next.getByRole('button', { name: /保存本文件并审核下一个单位：乙局/ }).click();
  expect((await download).suggestedFilename()).toBe('甲局-2025-已通过.json');
  await expect(page.getByRole('heading', { level: 1, name: '审核：乙局 2025 年报告' })).toBeVisible();
  await expect(page.getByText('当前状态：已提交审核')).toBeVisible();
  await expect(page.getByRole('region', { name: '接下来' })).toHaveCount(0);
});

test('the clerk replies to a comment in the file flow: the thread shows under it and the saved file keeps it', async ({
  page,
}) => {
  await page.goto('./');
  await page
    .getByLabel('打开草稿文件', { exact: true })
    .setInputFiles(writeDraft('退回-回复.json', returnedDraft()));
  await expect(page).toHaveURL(/#\/report\/[^/]+\/basics$/);
  await page.goto(page.url().replace(/basics$/, 'problems'));
  const notes = page.locator('.step-comments');
  await expect(notes).toContainText('改进措施请写具体。');
  await notes.getByRole('button', { name: '回复', exact: true }).click();
  await notes.getByLabel('回复这条意见').fill('已补充三条具体措施。');
  await notes.getByRole('button', { name: '发送回复' }).click();
  await expect(notes.locator('.comment-replies')).toContainText('已补充三条具体措施。');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '保存草稿文件' }).click(),
  ]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as Draft;
  expect(saved.version).toBe(3);
  expect(saved.review?.comments.find((c) => c.id === 'c2')?.replies?.map((r) => [r.role, r.text])).toEqual([
    ['clerk', '已补充三条具体措施。'],
  ]);
});
