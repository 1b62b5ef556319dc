import type { importReportFile } from '../../import/import-file';

/**
 * The published-report importer, loaded on demand, with pdf.js's character maps and fonts (the
 * copies bundled with the app) registered for it. pdf.js itself loads only when a PDF is read.
 */
export async function loadReportFileImporter(): Promise<typeof importReportFile> {
  const [{ importReportFile: read }, { providePdfAssets }, { bundledPdfAssets }] = await Promise.all([
    import('../../import/import-file'),
    import('../../import/pdf-assets'),
    import('./pdf-assets-bundled'),
  ]);
  providePdfAssets(bundledPdfAssets);
  return read;
}
