import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** The single-file build links nothing beside it: the favicon becomes a data: URL. */
const inlineFavicon = (): Plugin => ({
  name: 'inline-favicon',
  transformIndexHtml: {
    order: 'pre',
    handler: (html) =>
      html.replace(
        'href="./favicon.svg"',
        `href="data:image/svg+xml,${encodeURIComponent(readFileSync('public/favicon.svg', 'utf8'))}"`,
      ),
  },
});

/** The oldest browser the app runs in (README: browser support). */
const BROWSER_TARGET = 'chrome80';

// `vite build` → dist/ (relative paths: works from any sub-path of any web server).
// `vite build --mode singlefile` → dist-single/index.html, one file that works opened from disk.
// `vite build --mode demo` → dist-demo/tables-demo.html alone (e2e/matrix.spec.ts), never in dist/.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: mode === 'singlefile' ? [react(), inlineFavicon(), viteSingleFile()] : [react()],
  publicDir: mode === 'singlefile' || mode === 'demo' ? false : 'public',
  build: {
    // Government PCs run old Chromium kernels (奇安信 83, 360极速 86, intranet terminals 80):
    // syntax is lowered to Chromium 80; runtime features newer than that come from src/polyfills/.
    target: BROWSER_TARGET,
    cssTarget: BROWSER_TARGET,
    // Vite 8 does not hand its target to the minifier, which would fold the lowered
    // `a ?? (a = b)` back into `a ??= b` (a SyntaxError in Chromium 80).
    rolldownOptions: {
      ...(mode === 'demo' ? { input: 'tables-demo.html' } : {}),
      output: { minify: { compress: { target: BROWSER_TARGET }, mangle: true } },
    },
    outDir: mode === 'singlefile' ? 'dist-single' : mode === 'demo' ? 'dist-demo' : 'dist',
    emptyOutDir: true,
    ...(mode === 'singlefile' ? {} : { sourcemap: false }),
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
  },
}));
