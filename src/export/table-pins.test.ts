import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { buildReportDocument } from './report-document';
import type { ReportTable } from './report-document';
import { tablePins } from './table-pins';

const doc = buildReportDocument(sampleDraft());
const table = (id: ReportTable['id']): ReportTable => {
  const found = doc.parts.find((p) => p.table?.id === id)?.table;
  if (!found) throw new Error(`no table ${id}`);
  return found;
};

describe('tablePins', () => {
  it('finds the row-label columns: 1 in table 二, 3 in table 三, none in table 四', () => {
    expect(
      ['proactive', 'applications', 'appeals'].map(
        (id) => tablePins(table(id as ReportTable['id'])).labelColumns,
      ),
    ).toEqual([1, 3, 0]);
  });

  it('pins every cell wholly in the label columns at the column it starts in, and no number', () => {
    const t = table('applications');
    const { columnOf } = tablePins(t);
    const at = (text: string) => columnOf.get([...t.head, ...t.body].flat().find((c) => c.text === text)!);
    expect(at('三、本年度办理结果')).toBe(0);
    expect(at('一、本年新收政府信息公开申请数量')).toBe(0);
    expect(at('（一）予以公开')).toBe(1);
    expect(at('1.属于国家秘密')).toBe(2);
    expect(at('自然人')).toBeUndefined();
    for (const cell of t.body.flat()) if (cell.kind === 'value') expect(columnOf.has(cell)).toBe(false);
  });

  it('gives every body row with numbers a pinned row label in table 二 and 三', () => {
    for (const id of ['proactive', 'applications'] as const) {
      const t = table(id);
      const { columnOf } = tablePins(t);
      for (const row of t.body.filter((r) => r.some((c) => c.kind === 'value'))) {
        expect(row.some((c) => c.kind === 'rowHeader' && columnOf.has(c))).toBe(true);
      }
    }
  });

  it('does not pin a block heading that spans the whole table', () => {
    const t = table('proactive');
    const { columnOf } = tablePins(t);
    const headings = t.body.flat().filter((c) => c.kind === 'blockHeading');
    expect(headings).toHaveLength(4);
    for (const h of headings) expect(columnOf.has(h)).toBe(false);
  });
});
