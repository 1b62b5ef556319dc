import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfAssets } from '../import/pdf-text';

/** pdf.js's character maps and standard fonts read from its package in node_modules. */
export function nodePdfAssets(): PdfAssets {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    async load(kind, filename) {
      if (!/^[\w.-]+$/.test(filename)) return undefined;
      const dir = kind === 'cmap' ? 'cmaps' : 'standard_fonts';
      try {
        return new Uint8Array(await readFile(path.join(root, dir, filename)));
      } catch {
        return undefined;
      }
    },
  };
}
