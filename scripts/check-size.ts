/**
 * Size budget of the first load (architecture.md: ≤ 130 KB gzip of JavaScript before the first
 * step is usable): the entry script of dist/index.html and every module it preloads. Run after
 * `vite build`; fails the build when over budget. `npm run bench` measures the same in the browser
 * (every script fetched before 基本信息's first field accepts input); the two agree as long as
 * nothing is imported dynamically before that moment — the wizard's rules start loading after
 * the first paint (`use-form-checking.ts`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_LOAD_BUDGET_KB = 130;

/** The scripts index.html loads at once: its module entry and modulepreload links. */
export function firstLoadScripts(indexHtml: string): string[] {
  const entry = [...indexHtml.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const preload = [...indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  return [...entry, ...preload].filter(Boolean);
}

function main(dist = 'dist') {
  const scripts = firstLoadScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src))).length, 0);
  const kb = bytes / 1024;
  const line = `首屏 JavaScript：${kb.toFixed(1)} KB（gzip，预算 ${FIRST_LOAD_BUDGET_KB} KB，${scripts.length} 个文件）`;
  if (kb > FIRST_LOAD_BUDGET_KB) {
    process.stderr.write(`✗ ${line}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`✓ ${line}\n`);
  }
}

if (process.argv[1]?.endsWith('check-size.ts')) main();
