import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { viteSingleFile } from 'vite-plugin-singlefile';

// `vite build` → dist/ (relative paths: works from any sub-path of any web server).
// `vite build --mode singlefile` → dist-single/index.html, one file that works opened from disk.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: mode === 'singlefile' ? [react(), viteSingleFile()] : [react()],
  build:
    mode === 'singlefile'
      ? { outDir: 'dist-single', emptyOutDir: true }
      : { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
  },
}));
