/**
 * The walk of a clerk and a supervisor through the whole app, for browsers Playwright cannot
 * drive (Chromium 80 and 86, Firefox over WebDriver BiDi): start → new report → every step → type
 * and paste in the matrix → 检查与提交 → every export → submit → review and return → batch →
 * import a published .txt. The matrix's header and labels must stay in view when its box scrolls
 * (sticky-check.ts). Every step waits for what the person would see; any page error fails.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHECK_STEP, stepTitle } from '../../src/report/layout/steps';
import { saved } from './downloads';
import {
  WAIT_MS,
  chooseFiles,
  click,
  leaveField,
  pasteAtId,
  typeAtId,
  typeInto,
  waitForHash,
  waitForHeading,
  waitForOutput,
  waitForText,
} from './page-actions';
import { checkStickyMatrix } from './sticky-check';
import type { WalkPage } from './walk-page';

const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'published');
const PUBLISHED_TXT = join(FIXTURES, 'county-jiguan-2023.txt');
const SAMPLE_TITLE = '示例县人民政府办公室2025年政府信息公开工作年度报告';
const CHECK = CHECK_STEP.title;
const A = (path: string) => `applications.${path}`;

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

/** The steps' headings, read from the wizard's task list. */
async function stepHeadings(page: WalkPage): Promise<string[]> {
  await page.waitForFunction(() => document.querySelectorAll('nav.task-list a').length > 0, {
    timeout: WAIT_MS,
  });
  return page.evaluate(() =>
    [...document.querySelectorAll('nav.task-list a')].map(
      (a) => a.querySelector('.task-title')?.textContent?.trim() ?? a.textContent?.trim() ?? '',
    ),
  );
}

/** Clicks the step's task-list link once the wizard has drawn it (folded or not), and waits for the step. */
async function openStep(page: WalkPage, heading: string): Promise<void> {
  await page.waitForFunction(
    (h: string) => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>('nav.task-list a')].find((a) =>
        a.textContent?.includes(h),
      );
      link?.click();
      return link !== undefined;
    },
    { timeout: WAIT_MS },
    heading,
  );
  await page.waitForFunction(
    (h: string) => [...document.querySelectorAll('h1')].some((e) => e.textContent?.includes(h)),
    { timeout: WAIT_MS },
    heading,
  );
}

/** Start → 新建报告 → every step; types and pastes in the matrix and checks the totals. */
export async function newReportWalk(page: WalkPage, base: string): Promise<void> {
  await page.goto(base);
  await waitForHeading(page, '政府信息公开工作年度报告');
  await click(page, '新建报告');
  await typeInto(page, '机关名称', '某某县旧浏览器局');
  await click(page, '创建');
  await waitForHash(page, '/basics$');
  await waitForHeading(page, '基本信息');
  const headings = await stepHeadings(page);
  check(headings.length >= 8, `填写步骤只有 ${headings.length} 项：${headings.join('、')}`);
  for (const heading of headings) await openStep(page, heading);

  await openStep(page, stepTitle('applications'));
  await typeAtId(page, A('newReceived.natural'), '5');
  await typeAtId(page, A('newReceived.commercial'), '2');
  await leaveField(page);
  await waitForOutput(page, A('newReceived.total'), '7');
  // A block copied from Excel: 予以公开 and 部分公开 rows, 自然人 and 商业企业 columns.
  await pasteAtId(page, A('results.disclosed.natural'), '3\t1\r\n1\t1\r\n');
  await waitForOutput(page, A('results.total.natural'), '4');
  await waitForOutput(page, A('results.total.total'), '6');
  await waitForText(page, '勾稽关系');
  await checkStickyMatrix(page);

  await openStep(page, CHECK);
  await waitForText(page, '提交审核');
}

/** The example report: every export from 检查与提交, then submitted; returns the sent draft file. */
export async function exportAndSubmitWalk(page: WalkPage, base: string, work: string): Promise<string> {
  await page.goto(base);
  await waitForHeading(page, '政府信息公开工作年度报告');
  await click(page, '载入示例');
  await waitForHash(page, '/basics$');
  await openStep(page, CHECK);
  await waitForText(page, SAMPLE_TITLE);

  const html = await saved(page, () => click(page, '导出 HTML'));
  check(html.name.endsWith('.html') && html.text.includes(SAMPLE_TITLE), `HTML 导出不对：${html.name}`);
  const docx = await saved(page, () => click(page, '导出 Word（.docx）'));
  check(
    docx.name.endsWith('.docx') && docx.head.startsWith('PK') && docx.bytes > 5000,
    `Word 导出不对：${docx.name}`,
  );
  // Headless Firefox would hold the page in a modal print dialog: the walk takes the print frame's
  // print() call instead (recording what it prints) and reports the dialog closed.
  await page.evaluate(() => {
    const w = window as Window & { __walkPrinted?: string[] };
    w.__walkPrinted = [];
    const real = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        const win = real?.get?.call(this) as Window | null;
        if (win && this.title === '打印报告') {
          const html = this.srcdoc;
          win.print = () => {
            w.__walkPrinted?.push(html);
            win.dispatchEvent(new Event('afterprint'));
          };
        }
        return win;
      },
    });
  });
  await click(page, '打印');
  await page.waitForFunction(
    (t: string) =>
      ((window as Window & { __walkPrinted?: string[] }).__walkPrinted ?? []).some((html) =>
        html.includes(t),
      ),
    { timeout: WAIT_MS },
    SAMPLE_TITLE,
  );

  await typeInto(page, '填报人', '张三');
  await click(page, '提交审核');
  await waitForText(page, '当前状态：已提交审核');
  const draft = await saved(page, () => click(page, '保存草稿文件'));
  const file = join(work, draft.name);
  writeFileSync(file, draft.text);
  return file;
}

/** The supervisor opens the sent file, comments and returns it. */
export async function reviewWalk(page: WalkPage, base: string, sent: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${base}#/review`);
  await chooseFiles(page, '打开要审核的草稿文件', [sent]);
  await waitForText(page, '当前状态：已提交审核');
  await typeInto(page, '审核人姓名', '王审核');
  await leaveField(page);
  await typeInto(page, '意见', '请核对自然人新收申请数。');
  await click(page, '添加意见');
  await waitForText(page, '（待处理）');
  await click(page, '退回修改');
  await waitForText(page, '当前状态：退回修改');
}

/** 批量检查 of a few files: the sent draft, a published report and a file that is not a report. */
export async function batchWalk(page: WalkPage, base: string, work: string, sent: string): Promise<void> {
  const junk = join(work, '说明.txt');
  writeFileSync(junk, '这不是报告。');
  await page.goto(`${base}#/batch`);
  await chooseFiles(page, '选择要检查的文件', [sent, PUBLISHED_TXT, junk]);
  await waitForText(page, '已检查 3 个文件');
  await waitForText(page, '汇总');
}

/** 导入已发布的报告 from a published .txt, into a new draft. */
export async function importWalk(page: WalkPage, base: string): Promise<void> {
  await page.goto(`${base}#/import`);
  await waitForHeading(page, '导入已发布的报告');
  await chooseFiles(page, '选择报告文件', [PUBLISHED_TXT]);
  await waitForText(page, '识别结果');
  // The draft of the report's own year (its button names the year: 创建 / 只创建 N 年报告的草稿).
  const ownYear = () =>
    [...document.querySelectorAll('button')].find((b) =>
      /^(只)?创建 \d{4} 年报告的草稿$/.test(b.textContent?.trim() ?? ''),
    );
  await page.waitForFunction(ownYear, { timeout: 20_000 });
  await page.evaluate(() =>
    [...document.querySelectorAll('button')]
      .find((b) => /^(只)?创建 \d{4} 年报告的草稿$/.test(b.textContent?.trim() ?? ''))
      ?.click(),
  );
  await waitForHash(page, '/report/[^/]+/');
  await waitForHeading(page, '基本信息');
}

/** The whole walk, in order, against the app served at `base`. */
export async function fullWalk(page: WalkPage, base: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'old-browser-walk-'));
  await newReportWalk(page, base);
  const sent = await exportAndSubmitWalk(page, base, work);
  await reviewWalk(page, base, sent);
  await batchWalk(page, base, work, sent);
  await importWalk(page, base);
}
