import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Rollup } from 'vite';
import type { Figure } from '../figure';

/**
 * What the old-browser path (Chromium 80–85) loads beyond a modern browser: nothing but the
 * polyfills, since dist/ is one build for both (syntax lowered to Chromium 80 for everyone).
 * Each polyfill set is bundled alone, minified for Chromium 80 as the app build does, and
 * gzipped — the bytes it adds where it is loaded:
 * old_browser_polyfills_gzip_kb: src/polyfills (in the first load; first_load_js_gzip_kb includes it);
 * old_browser_pdf_polyfills_gzip_kb: src/polyfills/for-pdf (loaded only before pdf.js).
 */
async function bundledBytes(entry: string): Promise<{ min: number; gzip: number }> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'chrome80',
      minify: true,
      lib: { entry: resolve(entry), formats: ['es'], fileName: 'polyfills' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  const code = outputs
    .flatMap((o) => o.output)
    .flatMap((chunk) => (chunk.type === 'chunk' ? [chunk.code] : []))
    .join('');
  return { min: Buffer.byteLength(code), gzip: gzipSync(code).length };
}

export async function oldBrowserFigures(): Promise<Figure[]> {
  const first = await bundledBytes('src/polyfills/index.ts');
  const pdf = await bundledBytes('src/polyfills/for-pdf.ts');
  return [
    { name: 'old_browser_polyfills_gzip_kb', value: first.gzip / 1024 },
    { name: 'old_browser_polyfills_min_kb', value: first.min / 1024 },
    { name: 'old_browser_pdf_polyfills_gzip_kb', value: pdf.gzip / 1024 },
  ];
}
