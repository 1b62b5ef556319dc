/**
 * The little of a browser page the old-browser walk needs. puppeteer-core 5 (Chromium 80/86 over
 * CDP) and puppeteer-core 24 (Firefox over WebDriver BiDi) both provide it, so one walk runs in all.
 */
export interface WalkElement {
  uploadFile(...paths: string[]): Promise<void>;
}

export interface WalkPage {
  goto(url: string): Promise<unknown>;
  url(): string;
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  waitForFunction<A extends unknown[]>(
    fn: (...args: A) => unknown,
    options: { timeout: number; polling?: number },
    ...args: A
  ): Promise<unknown>;
  focus(selector: string): Promise<void>;
  keyboard: { type(text: string): Promise<void>; press(key: string): Promise<void> };
  $(selector: string): Promise<WalkElement | null>;
  screenshot(options: { path: string }): Promise<unknown>;
}
