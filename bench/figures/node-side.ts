import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exportReport } from '../../src/export/export-report';
import { importReportText } from '../../src/import/import-text';
import { sampleDraft } from '../../src/report/fixtures/sample-draft';
import type { Figure } from '../figure';
import { median, timeRuns } from '../stats';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'published');

/** Export of the full example report, and import of each real published report (in Node). */
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
  return figures;
}
