import type { PdfAssets } from './pdf-text';

/**
 * Where pdf.js's character maps and standard fonts come from in this program: the app registers
 * the copies it bundles, the command line the ones in node_modules (`providePdfAssets`).
 */
let provided: PdfAssets | undefined;

export function providePdfAssets(assets: PdfAssets): void {
  provided = assets;
}

export function pdfAssets(): PdfAssets | undefined {
  return provided;
}
