/**
 * Files the app saves (exports, draft files) go through `<a download>` with a blob: URL.
 * The walk records each such click in the page and reads the blob back, the same in every
 * browser and protocol (puppeteer 5 has no download API for old Chromium's headless mode).
 */
import type { WalkPage } from './walk-page';
import { WAIT_MS } from './page-actions';

export type Saved = { name: string; text: string; bytes: number; head: string };

type Recorder = Window & { __walkDownloads?: Saved[] };

/** Installs the recorder in the current document (again after each navigation). */
export async function recordDownloads(page: WalkPage): Promise<void> {
  await page.evaluate(() => {
    const w = window as Recorder;
    if (w.__walkDownloads) return;
    w.__walkDownloads = [];
    const realClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download || !this.href.startsWith('blob:')) return realClick.call(this);
      const name = this.download;
      void fetch(this.href)
        .then((r) => r.blob())
        .then(async (blob) => {
          const buffer = new Uint8Array(await blob.arrayBuffer());
          const head = String.fromCharCode(...buffer.slice(0, 4));
          w.__walkDownloads?.push({ name, text: await blob.text(), bytes: blob.size, head });
        });
    };
  });
}

/** Runs `action` and returns the one file it saves. */
export async function saved(page: WalkPage, action: () => Promise<void>): Promise<Saved> {
  await recordDownloads(page);
  const before = await page.evaluate(() => (window as Recorder).__walkDownloads?.length ?? 0);
  await action();
  await page.waitForFunction(
    (n: number) => ((window as Recorder).__walkDownloads?.length ?? 0) > n,
    { timeout: WAIT_MS },
    before,
  );
  const file = await page.evaluate((n: number) => (window as Recorder).__walkDownloads?.[n], before);
  if (!file) throw new Error('没有保存文件');
  return file;
}
