import { test as base } from '@playwright/test';
import { DemoServer } from './server-helpers';

/**
 * `test` with the real server: each test that names `server` gets one of its own (the demo's
 * accounts, on a fresh PGlite), stopped after it. `test.use({ serverOptions: { demo: false } })`
 * for a server with no accounts (the first-run setup).
 */
export const test = base.extend<{ serverOptions: { readonly demo: boolean }; server: DemoServer }>({
  serverOptions: [{ demo: true }, { option: true }],
  server: async ({ serverOptions }, use, info) => {
    const server = new DemoServer(info, serverOptions);
    await server.start();
    await use(server);
    await server.stop();
  },
});

export { expect } from '@playwright/test';
