import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import { setPath } from '../src/report/paths';
import { serializeDraft } from '../src/report/restore';
import { axeViolations } from './axe';

/**
 * 60 files: 40 balanced drafts with varying 自然人 counts, 12 drafts with a broken 勾稽关系,
 * 5 corrupt JSON files and 3 files that are not reports at all.
 */
function makeBatch() {
  const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
  let expectedNatural = 0;
  let expectedLicensing = 0;
  for (let i = 0; i < 40; i++) {
    // Keep each column balanced: add k to 一 and to （一）予以公开 of 自然人.
    const k = i % 7;
    let d = sampleDraft();
    d = { ...d, meta: { ...d.meta, agencyName: `第${i + 1}单位` } };
    d = setPath(d, 'applications.newReceived.natural', 40 + k);
    d = setPath(d, 'applications.results.disclosed.natural', 18 + k);
    d = setPath(d, 'proactive.licensing', 100 + i);
    expectedNatural += 40 + k;
    expectedLicensing += 100 + i;
    files.push({
      name: `unit-${String(i + 1).padStart(2, '0')}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(serializeDraft(d)),
    });
  }
  for (let i = 0; i < 12; i++) {
    const d = setPath(sampleDraft(), 'applications.carriedForward.research', i + 1);
    files.push({
      name: `broken-${i + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(serializeDraft(d)),
    });
  }
  for (let i = 0; i < 5; i++) {
    files.push({
      name: `corrupt-${i + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "gov-info'),
    });
  }
  files.push({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  files.push({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  files.push({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2') });
  return { files, expectedNatural, expectedLicensing };
}

test('batch check: 60 files give the right counts and the right 汇总', async ({ page }) => {
  const { files, expectedNatural, expectedLicensing } = makeBatch();
  await page.goto('./#/batch');
  await page.getByLabel('选择要检查的文件').setInputFiles(files);
  await expect(page.getByRole('status').filter({ hasText: '已检查 60 个文件' })).toBeVisible();
  await expect(page.getByText('显示 60 / 60 个文件')).toBeVisible();

  await page.getByLabel('筛选').selectOption({ label: '有错误' });
  await expect(page.getByText('显示 20 / 60 个文件')).toBeVisible();
  await page.getByLabel('筛选').selectOption({ label: '无法读取' });
  await expect(page.getByText('显示 8 / 60 个文件')).toBeVisible();
  await expect(page.getByRole('row', { name: /photo\.png/ })).toContainText('不是文本、网页或 Word 文档');
  await page.getByLabel('筛选').selectOption({ label: '没有错误' });
  await expect(page.getByText('显示 40 / 60 个文件')).toBeVisible();

  // None of these drafts is approved: the default (approved only) sums nothing, and says why.
  await expect(page.getByRole('heading', { name: '汇总（0 个审核通过且没有错误的文件）' })).toBeVisible();
  await expect(page.getByText('按状态：草稿 52 个，无法读取 8 个')).toBeVisible();
  await page.getByLabel(/只汇总审核通过的报告/).uncheck();
  await expect(page.getByRole('heading', { name: '汇总（40 个没有错误的文件）' })).toBeVisible();
  const sum = page.locator('.batch-sum');
  const newReceived = sum.getByRole('row', { name: /^一、本年新收政府信息公开申请数量/ });
  // 自然人 summed by the test; the other columns are 40 × the sample's (5, 0, 1, 2, 1).
  const others = [5, 0, 1, 2, 1].map((v) => v * 40);
  const total = expectedNatural + others.reduce((a, b) => a + b, 0);
  await expect(newReceived.getByRole('cell')).toHaveText([
    String(expectedNatural),
    ...others.map(String),
    String(total),
  ]);
  await expect(sum.getByRole('row', { name: /行政许可/ }).getByRole('cell')).toHaveText([
    String(expectedLicensing),
  ]);
  await expect(page.getByText('未计入汇总的文件：20 个')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出汇总 CSV' }).click();
  const csv = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of csv) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain(`一、本年新收政府信息公开申请数量,${expectedNatural},${others.join(',')},${total}`);
});

test('the 汇总 sums only approved reports by default, shows files by status, and the report view takes focus', async ({
  page,
}) => {
  const approved = (name: string, natural: number) => {
    let d = setPath(sampleDraft(), 'applications.newReceived.natural', natural);
    d = setPath(d, 'applications.results.disclosed.natural', 18 + natural - 40);
    d = { ...d, meta: { ...d.meta, agencyName: name } };
    return d;
  };
  const file = (name: string, status: 'draft' | 'submitted' | 'approved', natural: number) => ({
    name: `${name}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      serializeDraft({
        ...approved(name, natural),
        review: { status, comments: [], history: [] },
      }),
    ),
  });
  await page.goto('./#/batch');
  await page
    .getByLabel('选择要检查的文件')
    .setInputFiles([
      file('甲局', 'approved', 41),
      file('乙局', 'approved', 42),
      file('丙局', 'draft', 50),
      file('丁局', 'submitted', 60),
    ]);
  await expect(page.getByRole('status').filter({ hasText: '已检查 4 个文件' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '汇总（2 个审核通过且没有错误的文件）' })).toBeVisible();
  await expect(page.getByText('按状态：审核通过 2 个，已提交审核 1 个，草稿 1 个')).toBeVisible();
  await page.getByText('未计入汇总的文件：2 个').click();
  await expect(page.getByText('丙局.json：状态为“草稿”，尚未审核通过')).toBeVisible();
  await expect(page.getByText('丁局.json：状态为“已提交审核”，尚未审核通过')).toBeVisible();
  const newReceived = page
    .locator('.batch-sum')
    .getByRole('row', { name: /^一、本年新收政府信息公开申请数量/ });
  await expect(newReceived.getByRole('cell').first()).toHaveText('83');
  await page.screenshot({ path: '/tmp/issue14-batch-sum.png', fullPage: true });

  await page.getByRole('button', { name: '以报告格式查看汇总' }).click();
  const reportHeading = page.getByRole('heading', { name: '汇总报告（报告格式）' });
  await expect(reportHeading).toBeFocused();
  await expect(reportHeading).toBeInViewport();
});

test('batch page sorts by errors and passes axe-core', async ({ page }) => {
  const { files } = makeBatch();
  await page.goto('./#/batch');
  await page.getByLabel('选择要检查的文件').setInputFiles(files.slice(35, 60));
  await expect(page.getByText('显示 25 / 25 个文件')).toBeVisible();
  await page.getByRole('button', { name: '错误' }).click();
  await page.getByRole('button', { name: '错误' }).click();
  await expect(page.getByRole('columnheader', { name: '错误' })).toHaveAttribute('aria-sort', 'descending');
  const firstErrors = await page
    .locator('.batch-table tbody tr')
    .first()
    .locator('td.num')
    .first()
    .textContent();
  expect(Number(firstErrors)).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/batch-page.png', fullPage: true });
});

const PUBLISHED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures/published/haiyuan-jiguan-2024.txt',
);

test('a published .txt dropped with drafts is read by the importer; a row opens review mode', async ({
  page,
}) => {
  const { files } = makeBatch();
  const published = {
    name: 'haiyuan-jiguan-2024.txt',
    mimeType: 'text/plain',
    buffer: readFileSync(PUBLISHED),
  };
  await page.goto('./#/batch');
  await page
    .getByLabel('选择要检查的文件')
    .setInputFiles([files[0], files[40], published].flatMap((f) => (f ? [f] : [])));
  await expect(page.getByText('显示 3 / 3 个文件')).toBeVisible();
  const row = page.getByRole('row', { name: /haiyuan-jiguan-2024\.txt/ });
  await expect(row).toContainText('海原县机关事务服务中心');
  await expect(row).toContainText('2024');
  await expect(row).toContainText('已发布');
  await expect(row.getByRole('cell').nth(3)).toHaveText('0'); // errors
  // The 2024 report is not added to the 2025 sum.
  await page.getByLabel(/只汇总审核通过的报告/).uncheck();
  await expect(page.getByRole('heading', { name: '汇总（1 个没有错误的文件）' })).toBeVisible();
  await page.getByText('未计入汇总的文件：2 个').click();
  await expect(
    page.getByText('haiyuan-jiguan-2024.txt：2024 年的报告，与汇总年度 2025 年不同'),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/review-batch.png', fullPage: true });

  // The published report opens in review mode.
  await row.getByRole('button', { name: 'haiyuan-jiguan-2024.txt' }).click();
  await expect(page).toHaveURL(/#\/review$/);
  await expect(
    page.getByRole('heading', { level: 1, name: '审核：海原县机关事务服务中心 2024 年报告' }),
  ).toBeVisible();
  await expect(page.locator('.review-report')).toContainText('海原县机关事务服务中心');

  // Back to the same table; a draft with a broken column opens with its error.
  await page.goBack();
  await expect(page.getByText('显示 3 / 3 个文件')).toBeVisible();
  await page.getByRole('button', { name: 'broken-1.json' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^审核：示例县人民政府办公室 2025 年报告/ }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: '检查结果' })).toContainText('勾稽关系');
  await expect(page.getByRole('button', { name: '审核通过' })).toHaveAttribute('aria-disabled', 'true');
});

test('a published report with a reading gap is 通过（1 处未能读取）, never an error of the report', async ({
  page,
}) => {
  const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures/published');
  // The county report's title is only “2023”: the agency cannot be read (a gap); nothing else is wrong.
  const county = {
    name: 'county-jiguan-2023.txt',
    mimeType: 'text/plain',
    buffer: readFileSync(path.join(fixtures, 'county-jiguan-2023.txt')),
  };
  const haiyuan = {
    name: 'haiyuan-jiguan-2024.txt',
    mimeType: 'text/plain',
    buffer: readFileSync(path.join(fixtures, 'haiyuan-jiguan-2024.txt')),
  };
  await page.goto('./#/batch');
  await page.getByLabel('选择要检查的文件').setInputFiles([county, haiyuan]);
  await expect(page.getByText('显示 2 / 2 个文件')).toBeVisible();
  const row = page.getByRole('row', { name: /county-jiguan-2023\.txt/ });
  await expect(row.getByRole('cell').nth(3)).toHaveText('0'); // errors of the report
  await expect(row.getByRole('cell').nth(5)).toHaveText('通过（1 处未能读取）');
  await expect(row.getByRole('cell').nth(6)).toContainText('未能读取：标题中没有读到机关名称（原文“2023”）');
  await expect(row).not.toHaveClass(/has-errors/);
  const clean = page.getByRole('row', { name: /haiyuan-jiguan-2024\.txt/ });
  await expect(clean.getByRole('cell').nth(5)).toHaveText('通过');
  await page.getByLabel('筛选').selectOption({ label: '没有错误' });
  await expect(page.getByText('显示 2 / 2 个文件')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/shots/judge/batch-reading-gap.png', fullPage: true });
});
