import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exportReport } from '../../src/export/export-report';
import { nodePdfAssets } from '../../src/cli/pdf-assets-node';
import { importReportFile } from '../../src/import/import-file';
import { importReportText } from '../../src/import/import-text';
import { providePdfAssets } from '../../src/import/pdf-assets';
import { sampleDraft } from '../../src/report/fixtures/sample-draft';
import type { Figure } from '../figure';
import { median, timeRuns } from '../stats';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'published');
const PDF_FIXTURES = join(import.meta.dirname, '..', '..', 'src', 'import', 'test-support', 'pdf');

/** Export of the full example report, import of each real published report and of each PDF fixture (in Node). */
export async function nodeSideFigures(): Promise<Figure[]> {
  const draft = sampleDraft();
  const docx = await timeRuns(20, () => exportReport(draft, 'docx'));
  const html = await timeRuns(20, () => exportReport(draft, 'html'));
  const figures: Figure[] = [
    { name: 'docx_export_ms', value: median(docx) },
    { name: 'html_export_ms', value: median(html) },
  ];
  const perReport: number[] = [];
  for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join(FIXTURES, f), 'utf8');
    perReport.push(median(await timeRuns(30, () => importReportText(text))));
  }
  figures.push({ name: 'import_published_ms', value: Math.max(...perReport) });
  // PDF: the app's own print (Chromium) and its Word export through LibreOffice, bytes → draft
  providePdfAssets(nodePdfAssets());
  const perPdf: number[] = [];
  for (const f of readdirSync(PDF_FIXTURES).filter((x) => x.endsWith('.pdf') && x !== 'scanned.pdf')) {
    const bytes = new Uint8Array(readFileSync(join(PDF_FIXTURES, f)));
    await importReportFile(bytes, f); // pdf.js loads once, on the first PDF
    perPdf.push(median(await timeRuns(10, () => importReportFile(bytes, f))));
  }
  figures.push({ name: 'import_pdf_ms', value: Math.max(...perPdf) });
  return figures;
}
