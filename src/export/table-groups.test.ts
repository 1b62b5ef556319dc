import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../report/fixtures/sample-draft';
import type { ReportTable } from './report-document';
import { buildReportDocument } from './report-document';
import { bodyGroups } from './table-groups';

const doc = buildReportDocument(sampleDraft());
function table(id: string): ReportTable {
  const t = doc.parts.find((p) => p.table?.id === id)?.table;
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

describe('bodyGroups', () => {
  it('table 二: four blocks — heading, column headers and their rows (2, 1, 2, 1 rows)', () => {
    const groups = bodyGroups(table('proactive'));
    expect(groups.map((g) => g[0]?.[0]?.text)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
    expect(groups.map((g) => g.length)).toEqual([4, 3, 4, 3]);
  });

  it('tables 三 and 四: one group holding every body row', () => {
    expect(bodyGroups(table('applications')).map((g) => g.length)).toEqual([25]);
    expect(bodyGroups(table('appeals')).map((g) => g.length)).toEqual([1]);
  });
});
