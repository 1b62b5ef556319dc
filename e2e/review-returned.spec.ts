import { expect, test } from '@playwright/test';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
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
