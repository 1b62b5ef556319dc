import { writeFileSync } from 'node:fs';
import { emptyDraft } from '../src/report/empty-draft';
import { reportingYear } from '../src/report/reporting-year';
import { serializeDraft } from '../src/report/restore';
import { signIn } from './server-helpers';
import { expect, test } from './server-fixture';

// 从上年报告开始 on the server (issue 25 item 4): the start page offers it on the unit's row of a
// report not started yet, and the new report carries the unit's own name, not the file's.
const YEAR = reportingYear();

test.describe.configure({ timeout: 120_000 });

test("a clerk starts from last year's draft on the unit's row, and the report keeps the unit's own name", async ({
  server,
  page,
}) => {
  const lastYear = test.info().outputPath('上年.json');
  writeFileSync(lastYear, serializeDraft(emptyDraft('演示县政府办（旧称）', YEAR - 1)));
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, server, 'clerk1');
  const row = page.getByRole('row', { name: /演示县人民政府办公室/ });
  await expect(row.getByRole('button', { name: `开始填写 ${YEAR} 年度报告` })).toBeVisible();
  await page.screenshot({ path: '/tmp/server-next-year-start-1366.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: '/tmp/server-next-year-start-1024.png' });
  await row.getByRole('link', { name: '从上年报告开始' }).click();
  await expect(page.getByRole('heading', { name: '从上年报告开始' })).toBeFocused();
  await page.getByLabel('选择上年的草稿文件').setInputFiles(lastYear);
  await expect(page).toHaveURL(new RegExp(`#/report/srv-1-${YEAR}/basics$`));
  await expect(page.getByRole('textbox', { name: /机关名称/ }).first()).toHaveValue('演示县人民政府办公室');
  await expect(page.getByRole('status').filter({ hasText: '已保存到服务器' }).first()).toBeVisible();
});
