// puppeteer-core 5 (under the alias puppeteer-core-5) ships its types at a path its package.json
// does not name; the walk needs only this much of it.
declare module 'puppeteer-core-5' {
  interface LaunchOptions {
    executablePath: string;
    args: string[];
    env: Record<string, string>;
    timeout?: number;
  }
  interface Browser {
    newPage(): Promise<unknown>;
    pages(): Promise<unknown[]>;
    close(): Promise<void>;
    version(): Promise<string>;
    process(): { pid?: number | undefined } | null;
  }
  const puppeteer: { launch(options: LaunchOptions): Promise<Browser> };
  export default puppeteer;
}
