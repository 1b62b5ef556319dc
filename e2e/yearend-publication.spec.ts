import { writeFileSync } from 'node:fs';
import { renderReportHtml } from '../src/export/html';
import { buildReportDocument } from '../src/export/report-document';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import { setPath } from '../src/report/paths';
import { origin, signedInPage } from './server-helpers';
import { expect, test } from './server-fixture';
import { reportingYear } from '../src/report/reporting-year';

// 发布核对 on time and in place, on the server in two browser contexts (the clerk submits, the
// supervisor approves and checks the published pages): a page whose PubDate is after 1月31日 is
// reported late and its column named; re-checked after its totals were changed it says 发布后有变动
// and names the total that no longer adds up; a page whose tables are images says so.
const YEAR = reportingYear();

test.describe.configure({ timeout: 240_000 });

/** The published page: the report's HTML with the meta a government site system writes. */
function publishedPage(html: string, pubDate: string, column: string): string {
  const meta = `<meta name="PubDate" content="${pubDate}"><meta name="ColumnName" content="${column}"><meta name="ArticleTitle" content="示例县人民政府办公室${YEAR}年政府信息公开工作年度报告">`;
  return html.replace('<head>', `<head>${meta}`);
}

test('a page published after 1月31日 is late; changed totals after an 一致 check show 发布后有变动; tables as images are named', async ({
  server,
  browser,
}) => {
  const draft = setPath(sampleDraft(), 'meta.year', YEAR);
  const clerk = await signedInPage(server, browser, 'clerk1');
  const headers = { origin: origin(server) };
  expect(
    (
      await clerk.request.put(`${server.url}api/reports/1/${YEAR}`, {
        headers,
        data: { baseRevision: 0, document: draft },
      })
    ).status(),
  ).toBe(200);
  expect(
    (
      await clerk.request.post(`${server.url}api/reports/1/${YEAR}/submit`, {
        headers,
        data: { revision: 1 },
      })
    ).status(),
  ).toBe(200);

  const boss = await signedInPage(server, browser, 'supervisor');
  await boss.goto(`${server.url}#/server-review/1/${YEAR}`);
  await boss.getByRole('button', { name: '审核通过' }).click();
  await expect(boss.getByText('当前状态：审核通过')).toBeVisible();
  const panel = boss.getByRole('region', { name: '发布核对' });
  const html = renderReportHtml(buildReportDocument(draft));

  // Published on 3 February, in the wrong column: the same numbers, but late.
  const late = test.info().outputPath('late.html');
  writeFileSync(late, publishedPage(html, `${YEAR + 1}-02-03 09:30:00`, '通知公告'));
  await panel.getByLabel('选择发布的报告文件').setInputFiles(late);
  const result = panel.locator('.publication-result');
  await expect(result).toContainText('一致：发布的报告与审核通过的版本逐个数字、逐个部分相同。');
  await expect(result).toContainText(
    `逾期发布：页面发布时间 ${YEAR + 1}年2月3日，晚于《条例》规定的期限 ${YEAR + 1}年1月31日，逾期 3 天。`,
  );
  await expect(result).toContainText('所在栏目“通知公告”不是政府信息公开年报栏目');

  // The page changed later: its printed 新收申请 total (40 + 5 + 0 + 1 + 2 + 1 = 49) now says 50.
  const changed = test.info().outputPath('changed.html');
  const changedHtml = html.replace(
    'data-path="applications.newReceived.total">49<',
    'data-path="applications.newReceived.total">50<',
  );
  expect(changedHtml).not.toBe(html);
  writeFileSync(changed, publishedPage(changedHtml, `${YEAR + 1}-01-20 09:30:00`, '政府信息公开年报'));
  await panel.getByLabel('选择发布的报告文件').setInputFiles(changed);
  await expect(result).toContainText('发布后有变动');
  await expect(result).toContainText('发布的页面本身有 1 处错误');
  await expect(result).toContainText('50');
  await expect(result).toContainText(`按时发布：页面发布时间 ${YEAR + 1}年1月20日`);
  await panel.scrollIntoViewIfNeeded();
  await boss.screenshot({ path: '/tmp/yearend-publication-changed-1366.png' });

  // Tables published as images: named, not failed silently.
  const images = test.info().outputPath('images.html');
  let n = 0;
  const imageHtml = html.replace(
    /<table[\s\S]*?<\/table>/g,
    () => `<p><img src="table-${++n}.png" alt="表格"></p>`,
  );
  expect(n).toBeGreaterThan(0);
  writeFileSync(images, publishedPage(imageHtml, `${YEAR + 1}-01-20 09:30:00`, '政府信息公开年报'));
  await panel.getByLabel('选择发布的报告文件').setInputFiles(images);
  await expect(result).toContainText(`页面有 ${n} 张图片：表格可能只以图片发布`);
  await expect(result).toContainText('三、收到和处理政府信息公开申请情况');
  await boss.screenshot({ path: '/tmp/yearend-publication-images-1366.png' });
});
