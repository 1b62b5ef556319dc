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

// `vite build` → dist/ (relative paths: works from any sub-path of any web server).
// `vite build --mode singlefile` → dist-single/index.html, one file that works opened from disk.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: mode === 'singlefile' ? [react(), inlineFavicon(), viteSingleFile()] : [react()],
  publicDir: mode === 'singlefile' ? false : 'public',
  build:
    mode === 'singlefile'
      ? { outDir: 'dist-single', emptyOutDir: true }
      : { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
  },
}));
