/**
 * `npm run attack`: the hostile files of hostile-files.ts through the command line's reader and
 * through the built app in Debian's Chromium (打开草稿文件 and the import page's file button),
 * with a draft of our own stored in the browser that no file may change. Prints one line per
 * file, then the figures: files tried, refused in Chinese, stored drafts unchanged, pages crashed.
 */
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../chromium';
import { readAnyFile } from '../../src/import/read-any-file';
import { serializeDraft } from '../../src/report/restore';
import { startPreview } from '../preview-server';
import { hostileFiles, keptDraft } from './hostile-files';
import type { HostileFile } from './hostile-files';

const CJK = /[\u4e00-\u9fff]/;
/** Parser or runtime English that must never reach a user. */
const ENGLISH = /Unexpected|JSON|Error|undefined|at \w+ \(|Maximum call stack/;

type CliOutcome = 'refused' | 'opened' | 'threw' | 'refused-not-chinese';

async function throughCli(file: HostileFile): Promise<{ outcome: CliOutcome; ms: number; message: string }> {
  const t0 = performance.now();
  try {
    const read = await readAnyFile(file.bytes, file.name);
    const ms = performance.now() - t0;
    const message =
      read.findings.find((f) => f.severity === 'error')?.message ?? read.findings[0]?.message ?? '';
    if (read.draft) return { outcome: 'opened', ms, message };
    const chinese = read.findings.every((f) => CJK.test(f.message) && !ENGLISH.test(f.message));
    return { outcome: chinese ? 'refused' : 'refused-not-chinese', ms, message };
  } catch (e) {
    return { outcome: 'threw', ms: performance.now() - t0, message: String(e) };
  }
}

/** The kept draft's stored text, read straight from IndexedDB. */
function storedText(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<string | undefined>((resolve) => {
        const open = indexedDB.open('gov-info-report');
        open.onerror = () => resolve(undefined);
        open.onsuccess = () => {
          const req = open.result.transaction('drafts').objectStore('drafts').get(key);
          req.onsuccess = () => {
            const v: unknown = req.result;
            open.result.close();
            resolve(v && typeof v === 'object' ? (v as { draft: string }).draft : undefined);
          };
          req.onerror = () => resolve(undefined);
        };
      }),
    id,
  );
}

type AppOutcome = 'refused' | 'opened' | 'asked' | 'no-answer' | 'crashed' | 'runner-error';

async function throughApp(page: Page, base: string, file: HostileFile): Promise<AppOutcome> {
  const payload = { name: file.name, mimeType: 'application/octet-stream', buffer: Buffer.from(file.bytes) };
  if (file.via === 'open-draft') {
    await page.goto(`${base}#/`);
    await page.getByLabel('打开草稿文件', { exact: true }).setInputFiles(payload);
  } else {
    await page.goto(`${base}#/import`);
    await page.getByLabel('选择报告文件', { exact: true }).setInputFiles(payload);
  }
  const refused = page.getByRole('alert').filter({ hasText: /无法打开|无法导入/ });
  const mapped = page.getByRole('region', { name: '识别结果' });
  const asked = page.getByRole('dialog');
  const crashed = page.getByText('这个页面出错了');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await crashed.count()) return 'crashed';
    if (await refused.count()) return 'refused';
    if (await asked.count()) {
      await asked.getByRole('button', { name: '取消' }).click();
      return 'asked';
    }
    if (/#\/report\//.test(page.url()) || (await mapped.count())) return 'opened';
    await page.waitForTimeout(50);
  }
  return 'no-answer';
}

async function main() {
  const files = hostileFiles();
  const rows: string[] = [];
  const cli = { refused: 0, opened: 0, threw: 0, notChinese: 0 };
  for (const file of files) {
    const r = await throughCli(file);
    if (r.outcome === 'refused') cli.refused++;
    else if (r.outcome === 'opened') cli.opened++;
    else if (r.outcome === 'threw') cli.threw++;
    else cli.notChinese++;
    rows.push(
      `${file.name}\t${file.what}\tCLI ${r.outcome} ${r.ms.toFixed(0)} ms\t${r.message.slice(0, 60)}`,
    );
  }

  const port = Number(process.env.BENCH_PORT ?? 4341);
  const preview = await startPreview(port);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const app = {
    refused: 0,
    opened: 0,
    asked: 0,
    runnerErrors: 0,
    noAnswer: 0,
    crashed: 0,
    unchanged: 0,
    pageErrors: 0,
    scripts: 0,
  };
  try {
    const context = await browser.newContext();
    let page = await context.newPage();
    const watch = (p: Page) => {
      p.on('pageerror', () => app.pageErrors++);
      p.on('dialog', (d) => {
        app.scripts++;
        void d.dismiss();
      });
      p.on('crash', () => app.crashed++);
    };
    watch(page);
    await page.goto(preview.base);
    await page.getByLabel('打开草稿文件', { exact: true }).setInputFiles({
      name: 'kept.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeDraft(keptDraft())),
    });
    await page.waitForURL(/#\/report\//);
    const id = /#\/report\/([^/]+)/.exec(page.url())?.[1] ?? '';
    await page.goto(`${preview.base}#/`);
    const before = await storedText(page, id);
    for (const [i, file] of files.entries()) {
      let outcome: AppOutcome;
      try {
        outcome = await throughApp(page, preview.base, file);
      } catch (e) {
        // The run's own failure (the browser driver), not the page's: said apart.
        process.stderr.write(`${file.name}: ${String(e).slice(0, 300)}\n`);
        outcome = 'runner-error';
        page = await context.newPage();
        watch(page);
      }
      if (outcome === 'crashed') app.crashed++;
      else if (outcome === 'refused') app.refused++;
      else if (outcome === 'opened') app.opened++;
      else if (outcome === 'asked') app.asked++;
      else if (outcome === 'runner-error') app.runnerErrors++;
      else app.noAnswer++;
      await page.goto(`${preview.base}#/`);
      const same = (await storedText(page, id)) === before;
      if (same) app.unchanged++;
      rows[i] += `\tapp ${outcome}${same ? '' : ' STORED DRAFT CHANGED'}`;
    }
  } finally {
    await browser.close();
    preview.stop();
  }
  for (const row of rows) process.stdout.write(`${row}\n`);
  const n = files.length;
  process.stdout.write(
    [
      `attack_files_tried ${n}`,
      `cli_refused_in_chinese ${cli.refused}`,
      `cli_opened_cleaned ${cli.opened}`,
      `cli_refused_not_in_chinese ${cli.notChinese}`,
      `cli_threw ${cli.threw}`,
      `app_refused_in_chinese ${app.refused}`,
      `app_opened_cleaned ${app.opened + app.asked}`,
      `app_no_answer_in_30s ${app.noAnswer}`,
      `app_stored_drafts_unchanged ${app.unchanged} of ${n}`,
      `app_pages_crashed ${app.crashed}`,
      `app_runner_errors ${app.runnerErrors}`,
      `app_page_errors ${app.pageErrors}`,
      `app_scripts_ran ${app.scripts}`,
    ].join('\n') + '\n',
  );
  const bad =
    cli.threw +
    cli.notChinese +
    app.crashed +
    app.noAnswer +
    app.scripts +
    app.runnerErrors +
    (n - app.unchanged);
  process.exitCode = bad > 0 ? 1 : 0;
}

void main();
