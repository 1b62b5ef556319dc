import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from '../export/docx';
import { renderReportHtml } from '../export/html';
import { buildReportDocument } from '../export/report-document';
import { renderReportText } from '../export/text';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { NUMERIC_FIELDS } from '../report/numeric-fields';
import { getPath, setPath } from '../report/paths';
import type { Draft } from '../report/schema';
import { importReportFile } from './import-file';
import { importReportText } from './import-text';

/** The sample with every table number replaced by a random one (none blank). */
const randomTables = fc
  .tuple(
    fc.array(fc.nat({ max: 99_999 }), { minLength: NUMERIC_FIELDS.length, maxLength: NUMERIC_FIELDS.length }),
    fc.integer({ min: 0, max: 99_999_9999 }),
  )
  .map(([counts, fee]) => {
    let d: Draft = sampleDraft();
    NUMERIC_FIELDS.forEach((f, i) => {
      if (f.path.startsWith('otherMatters.')) return; // stated in prose, not in the tables
      d = setPath(d, f.path, f.kind === 'amountWan' ? fee / 10_000 : (counts[i] ?? 0));
    });
    return d;
  });

const tableFields = NUMERIC_FIELDS.filter((f) => !f.path.startsWith('otherMatters.'));
const numbers = (d: Draft) => Object.fromEntries(tableFields.map((f) => [f.path, getPath(d, f.path)]));

describe('export → import gives the same report back', () => {
  it('plain text: every number of the three tables, agency, year and the topics of 一', () => {
    fc.assert(
      fc.property(randomTables, (draft) => {
        const result = importReportText(renderReportText(buildReportDocument(draft)));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(numbers(result.draft)).toEqual(numbers(draft));
        expect(result.mismatches).toEqual([]);
        expect(result.draft.meta.agencyName).toBe(draft.meta.agencyName);
        expect(result.draft.meta.year).toBe(draft.meta.year);
        expect(result.draft.overview.platform).toBe(draft.overview.platform);
        expect(result.draft.overview.oversight).toBe(draft.overview.oversight);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('HTML: every number of the three tables', async () => {
    await fc.assert(
      fc.asyncProperty(randomTables, async (draft) => {
        const html = renderReportHtml(buildReportDocument(draft));
        const result = await importReportFile(new TextEncoder().encode(html), 'report.html');
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(numbers(result.draft)).toEqual(numbers(draft));
        // the export starts with <!DOCTYPE html>: none of it may reach the agency name
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(result.draft.meta.agencyName).toBe(draft.meta.agencyName);
        expect(result.draft.meta.year).toBe(draft.meta.year);
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  it('Word: the exported .docx read back through mammoth gives every number', async () => {
    const draft = fc.sample(randomTables, { numRuns: 1, seed: 7 })[0] ?? sampleDraft();
    const docx = await renderReportDocx(buildReportDocument(draft));
    const result = await importReportFile(docx, 'report.docx');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(numbers(result.draft)).toEqual(numbers(draft));
    expect(result.draft.meta.agencyName).toBe(draft.meta.agencyName);
  }, 60_000);
});
