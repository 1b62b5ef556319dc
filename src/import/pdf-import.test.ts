import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodePdfAssets } from '../cli/pdf-assets-node';
import type { FileImportResult } from './import-file';
import { importReportFile } from './import-file';
import { providePdfAssets } from './pdf-assets';
import { PDF_SAMPLE_TABLES } from './test-support/published-expected';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const pdf = (name: string) => new Uint8Array(readFileSync(path.join(HERE, 'test-support/pdf', name)));

beforeAll(() => providePdfAssets(nodePdfAssets()));

async function imported(name: string): Promise<FileImportResult & { ok: true }> {
  const r = await importReportFile(pdf(name), name);
  if (!r.ok) throw new Error(r.message);
  return r;
}

/**
 * The PDFs are the sample report carrying 淮安's numbers (scripts/make-pdf-fixtures.ts); the
 * expected numbers are 淮安's as read from its published report.
 */
describe.each([
  ['app-print-chromium.pdf', 'printed by the app (HTML export → Chromium)'],
  ['word-export-libreoffice.pdf', 'the app’s Word export converted by LibreOffice'],
])('%s (%s)', (name) => {
  it('every number of the three tables is right, nothing ambiguous, no printed total disagrees', async () => {
    const r = await imported(name);
    expect(r.kind).toBe('pdf');
    expect(r.draft.proactive).toEqual(PDF_SAMPLE_TABLES.proactive);
    expect(r.draft.applications).toEqual(PDF_SAMPLE_TABLES.applications);
    expect(r.draft.appeals).toEqual(PDF_SAMPLE_TABLES.appeals);
    expect(r.ambiguous).toEqual([]);
    expect(r.mismatches).toEqual([]);
    // Header words wrapped over lines and read across columns (商业|企业 over 科研|机构) are not text to report.
    expect(r.unmapped).toEqual([]);
  }, 30_000);

  it('title and agency are read (Kangxi radicals such as ⼀ normalised)', async () => {
    const r = await imported(name);
    expect(r.draft.meta.agencyName).toBe('示例县人民政府办公室');
    expect(r.draft.meta.year).toBe(2025);
    expect(r.draft.overview.summary).not.toMatch(/[\u2f00-\u2fdf]/);
  }, 30_000);
});

describe('PDFs that cannot be read', () => {
  it('a PDF with no text (a scan) gets a clear Chinese message', async () => {
    const r = await importReportFile(pdf('scanned.pdf'), 'scanned.pdf');
    expect(r).toEqual({ ok: false, message: expect.stringContaining('没有文字（可能是扫描件') });
  }, 30_000);

  it('a damaged PDF gets a Chinese message, no exception, no English', async () => {
    const bytes = pdf('app-print-chromium.pdf').slice(0, 600);
    const r = await importReportFile(bytes, 'cut.pdf');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^这个 PDF 无法读取/);
  }, 30_000);

  it('random bytes after %PDF, and the real PDF with bytes changed: never an exception, always Chinese', async () => {
    const real = pdf('word-export-libreoffice.pdf');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }).map((b) => new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, ...b])),
          fc
            .array(fc.tuple(fc.nat({ max: real.length - 1 }), fc.nat({ max: 255 })), {
              minLength: 1,
              maxLength: 30,
            })
            .map((edits) => {
              const b = real.slice();
              for (const [at, v] of edits) b[at] = v;
              return b;
            }),
        ),
        async (bytes) => {
          const r = await importReportFile(bytes, 'x.pdf');
          if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
          if (!r.ok) expect(r.message).not.toMatch(/[A-Za-z]{6,}/);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
