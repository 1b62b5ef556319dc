import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../auth/rate-limit';
import type { Database } from '../db/database';
import { createApp } from './create-app';

const SCRIPT = "\n      (function () { document.title = 'x'; })();\n    ";
const STYLE = 'display: none; color: red';
const INDEX = `<!doctype html><html><head><title>t</title></head><body><div style="${STYLE}"></div><script>${SCRIPT}</script><script type="module" src="./assets/a.js"></script></body></html>`;

/** Serving files never touches the database. */
const noDatabase: Database = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('no database in this test')),
  transaction: () => Promise.reject(new Error('no database in this test')),
  exec: () => Promise.reject(new Error('no database in this test')),
  close: () => Promise.resolve(),
};

function appWith(index: string) {
  const dist = mkdtempSync(join(tmpdir(), 'report-dist-'));
  writeFileSync(join(dist, 'index.html'), index);
  const ctx = {
    db: noDatabase,
    now: () => new Date(),
    loginLimiter: new RateLimiter(),
    secureCookies: false,
    allowedOrigins: [],
    trustProxy: 0,
  };
  return createApp(ctx, dist);
}

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('the built app as the server serves it', () => {
  it('index.html carries the server marker', async () => {
    const res = await appWith(INDEX).request('http://x/');
    expect(await res.text()).toContain('<meta name="report-server" content="1" />');
  });

  it('the CSP allows index.html’s own inline script and style attribute by hash, and nothing inline else', async () => {
    const res = await appWith(INDEX).request('http://x/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`script-src 'self' ${hash(SCRIPT)}`);
    expect(csp).toContain(`style-src 'self' 'unsafe-hashes' ${hash(STYLE)}`);
    expect(csp).not.toContain('unsafe-inline');
  });
});
