import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { emptyDraft } from '../src/report/empty-draft';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import { approve, submit } from '../src/report/review';
import { serializeDraft } from '../src/report/restore';
import { checkDraft } from '../src/report/rules/check-draft';
import type { Draft } from '../src/report/schema';

// How the start page and 打开草稿文件 tell the truth about a file: its status as checked, a
// status change on 用文件替换, the encoding it was read in.

const AT = '2026-01-10T08:00:00.000Z';

function submitted(draft: Draft): Draft {
  const r = submit(draft, checkDraft(draft), '填报人甲', AT);
  if (!r.ok) throw new Error(r.message);
  return r.draft;
}

function approved(draft: Draft): Draft {
  const s = submitted(draft);
  const r = approve(s, checkDraft(s), '审核人乙', AT);
  if (!r.ok) throw new Error(r.message);
  return r.draft;
}

async function openFile(page: Page, name: string, body: Buffer | string) {
  await page.getByLabel('打开草稿文件', { exact: true }).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof body === 'string' ? Buffer.from(body) : body,
  });
}

const statusCell = (page: Page, agency: string) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: agency }) })
    .getByRole('cell')
    .nth(1);

test('the start page shows an approval whose content was changed afterwards as not approved', async ({
  page,
}) => {
  const good = approved(sampleDraft());
  const tampered: Draft = approved({
    ...sampleDraft(),
    meta: { ...sampleDraft().meta, agencyName: '乙县民政局' },
  });
  // A number changed after the approval, the status left as it was.
  const changed: Draft = { ...tampered, overview: { ...tampered.overview, proactive: '审核后改过的文字。' } };
  await page.goto('./');
  await openFile(page, 'good.json', serializeDraft(good));
  await expect(page).toHaveURL(/#\/report\//);
  await page.goto('./#/');
  await openFile(page, 'changed.json', serializeDraft(changed));
  await expect(page).toHaveURL(/#\/report\//);
  await page.goto('./#/');
  await expect(statusCell(page, good.meta.agencyName)).toHaveText('审核通过');
  const cell = statusCell(page, '乙县民政局');
  await expect(cell).toContainText('审核通过（未确认）');
  await expect(cell).toContainText('审核通过后内容已被修改');
  await expect(cell.locator('.status-approved')).toHaveCount(0);
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: '/tmp/file-status-start.png' });
});

test('用文件替换 says when the file changes the report’s status', async ({ page }) => {
  const draft = sampleDraft();
  await page.goto('./');
  await openFile(page, 'first.json', serializeDraft(draft));
  await expect(page).toHaveURL(/#\/report\//);
  await page.goto('./#/');
  await openFile(page, 'submitted.json', serializeDraft(submitted(draft)));
  const dialog = page.getByRole('dialog', { name: '替换已有草稿？' });
  await expect(dialog).toContainText('替换后，报告状态将从“草稿”变为“已提交审核”。');
  await page.screenshot({ path: '/tmp/file-status-replace.png' });
  await dialog.getByRole('button', { name: '取消' }).click();

  // The same status: said too.
  await openFile(page, 'again.json', serializeDraft(draft));
  await expect(dialog).toContainText('报告状态不变，仍为“草稿”。');
  await dialog.getByRole('button', { name: '取消' }).click();

  // A typed-in approval (no digest) reads as unconfirmed in the question as well.
  const typedIn: Draft = { ...draft, review: { status: 'approved', comments: [], history: [] } };
  await openFile(page, 'typed.json', serializeDraft(typedIn));
  await expect(dialog).toContainText('替换后，报告状态将从“草稿”变为“审核通过（未确认）”。');
});

test('打开草稿文件 says a file was read as GBK', async ({ page }) => {
  // A blank draft: its only characters beyond ASCII are the agency name's.
  const text = serializeDraft(emptyDraft('某县自然资源局', 2025));
  // 某县自然资源局 in GBK (Node has no GBK encoder; the bytes are the standard table's).
  const gbkName = [0xc4, 0xb3, 0xcf, 0xd8, 0xd7, 0xd4, 0xc8, 0xbb, 0xd7, 0xca, 0xd4, 0xb4, 0xbe, 0xd6];
  const [before, after] = text.split('某县自然资源局') as [string, string];
  const gbk = Buffer.concat([Buffer.from(before), Buffer.from(gbkName), Buffer.from(after)]);
  await page.goto('./');
  await openFile(page, '旧编辑器保存的.json', gbk);
  await expect(page).toHaveURL(/#\/report\//);
  const note = page.getByRole('status').filter({ hasText: '编码读取' });
  await expect(note).toContainText('草稿文件“旧编辑器保存的.json”按 GB18030（GBK）编码读取');
  await expect(page.locator('[id="meta.agencyName"]')).toHaveValue('某县自然资源局');
  await page.screenshot({ path: '/tmp/file-status-gbk.png' });
  await note.getByRole('button', { name: '知道了' }).click();
  await expect(note).toHaveCount(0);
});
