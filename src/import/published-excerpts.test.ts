import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportSuccess } from './import-result';
import { importReportText } from './import-text';

/** The opening parts of more real reports (cut off mid-report): expected numbers read off the text. */
const EXCERPTS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
  'fixtures/published-excerpts',
);

function imported(name: string): ImportSuccess {
  const r = importReportText(readFileSync(path.join(EXCERPTS, name), 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r;
}

const six = (
  natural: number,
  commercial: number,
  research: number,
  nonprofit: number,
  legal: number,
  other: number,
) => ({
  natural,
  commercial,
  research,
  nonprofit,
  legal,
  other,
});

describe('longgang-dept-2024.txt: rows as `a | b |` pipes with no leading pipe', () => {
  const r = imported('longgang-dept-2024.txt');

  it('table 二 as printed (规范性文件 5 | 1 | 25)', () => {
    expect(r.draft.proactive).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 5, repealed: 1, inForce: 25 },
      licensing: 0,
      penalty: 0,
      coercion: 0,
      feeAmount: 0,
    });
  });

  it('the rows of table 三 printed before the cut', () => {
    expect(r.draft.applications.newReceived).toEqual(six(58, 7, 0, 0, 1, 0));
    expect(r.draft.applications.carriedOver).toEqual(six(2, 0, 0, 0, 0, 0));
    expect(r.draft.applications.results.disclosed).toEqual(six(2, 1, 0, 0, 0, 0));
    expect(r.draft.applications.results.partiallyDisclosed).toEqual(six(16, 1, 0, 0, 0, 0));
    expect(r.mismatches.filter((m) => m.path === 'applications.newReceived.total')).toEqual([]);
  });
});

describe('changchun-veterans-affairs-2023.txt: markdown `| … | ||` rows', () => {
  it('table 二 all 0, table 三 一 = 3 for 自然人', () => {
    const r = imported('changchun-veterans-affairs-2023.txt');
    expect(r.draft.proactive.normativeDocuments).toEqual({ issued: 0, repealed: 0, inForce: 0 });
    expect(r.draft.proactive.feeAmount).toBe(0);
    expect(r.draft.applications.newReceived).toEqual(six(3, 0, 0, 0, 0, 0));
    expect(r.draft.applications.carriedOver).toEqual(six(0, 0, 0, 0, 0, 0));
  });
});

describe('ganyu-audit-bureau-2025.txt: headings of 二, 三, 四 with their tables left out (images)', () => {
  it('no number is made up; each table is said not to be read', () => {
    const r = imported('ganyu-audit-bureau-2025.txt');
    expect(r.mapped).toEqual([]);
    expect(r.notices.filter((n) => n.startsWith('没有找到“') && n.includes('的表格'))).toHaveLength(3);
  });
});
