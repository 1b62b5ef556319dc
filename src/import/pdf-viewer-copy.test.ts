import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importReportText } from './import-text';
import type { ImportSuccess } from './import-result';
import { Z, applications } from './test-support/published-expected';

const DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
  'fixtures/published-pdf-text',
);

/** 洪泽区 2024 as its PDF prints it (read from the rendered pages, never from the importer). */
const HONGZE = {
  proactive: {
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 3, repealed: 0, inForce: 8 },
    licensing: 9487,
    penalty: 2776,
    coercion: 84,
    feeAmount: 7545,
  },
  applications: applications({
    newReceived: [95, 0, 0, 0, 0, 0],
    carriedOver: Z,
    disclosed: [50, 0, 0, 0, 0, 0],
    partiallyDisclosed: [9, 0, 0, 0, 0, 0],
    withheld: [Z, Z, [1, 0, 0, 0, 0, 0], Z, Z, [1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0], Z],
    unavailable: [[31, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0], Z],
    notProcessed: [[1, 0, 0, 0, 0, 0], Z, Z, Z, Z],
    // （六）其他处理 printed as one row of zeros (2019 form): its numbers go to 3.其他
    otherHandling: [Z, Z, Z],
    carriedForward: Z,
  }),
  appeals: {
    reconsideration: { upheld: 1, corrected: 1, other: 0, pending: 0 },
    litigationDirect: { upheld: 1, corrected: 0, other: 0, pending: 0 },
    litigationAfterReconsideration: { upheld: 2, corrected: 0, other: 1, pending: 0 },
  },
};

function imported(name: string): ImportSuccess {
  const r = importReportText(readFileSync(path.join(DIR, name), 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** Every number the importer placed that differs from the PDF's (a missing one is not wrong). */
function wrongNumbers(r: ImportSuccess): string[] {
  const expected = HONGZE as unknown as Record<string, unknown>;
  const at = (p: string): unknown =>
    p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], expected);
  return r.mapped
    .filter((n) => !n.path.includes('otherHandling'))
    .filter((n) => at(n.path) !== n.value)
    .map((n) => `${n.path}=${n.value}`);
}

describe('洪泽区 2024, a PDF viewer’s copy (pdftotext -layout)', () => {
  const r = imported('huaian-hongze-district-2024.pdftotext-layout.txt');

  it('no number placed wrong, no arithmetic error the report does not have', () => {
    expect(wrongNumbers(r)).toEqual([]);
    expect(r.mismatches).toEqual([]);
  });

  it('table 四, fifteen numbers on one line, is read in the page’s column order', () => {
    expect(r.draft.appeals).toEqual(HONGZE.appeals);
  });

  it('tables 二 and 三 are read except the row whose printed label is mistyped (2.其他法律行政止公开)', () => {
    expect(r.draft.proactive).toEqual(HONGZE.proactive);
    expect(r.draft.applications.newReceived).toEqual(HONGZE.applications.newReceived);
    expect(r.draft.applications.results.unavailable.notHeld.natural).toBe(31);
    expect(r.draft.applications.results.withheld.prohibitedByLaw.natural).toBeNull();
    expect(r.unmapped.map((u) => u.text)).toEqual([expect.stringContaining('2.其他法律行政止公开')]);
  });
});

describe('洪泽区 2024, a PDF viewer’s copy (pdftotext, table 三 column by column)', () => {
  const r = imported('huaian-hongze-district-2024.pdftotext.txt');

  it('no number placed wrong: the rows it cannot tie to a label are left unread and listed', () => {
    expect(wrongNumbers(r)).toEqual([]);
    expect(r.mismatches).toEqual([]);
    expect(r.unmapped.some((u) => u.text === '95 0 0 0 0 0 95')).toBe(true);
  });

  it('行政事业性收费, printed after its number 7545, is left unread rather than read as blank', () => {
    expect(r.draft.proactive.feeAmount).toBeNull();
    expect(r.blanks).not.toContain('proactive.feeAmount');
  });

  it('table 四, printed in the page’s order one number a line, is read', () => {
    expect(r.draft.appeals).toEqual(HONGZE.appeals);
  });
});
