import { describe, expect, it } from 'vitest';
import { gridTable } from '../../report/table-model';
import { typedRows, typedSlots } from './grid-cells';

describe('typed cells of the official grids', () => {
  it('table 三: 24 typed rows × 6 applicant columns, no （七）总计 row and no 总计 column', () => {
    const slots = typedSlots(gridTable('applications').body);
    const rows = typedRows(slots);
    expect(rows).toHaveLength(24);
    expect(rows.every((r) => r.length === 6)).toBe(true);
    expect(rows.flat().some((p) => p.endsWith('.total') || p.includes('.results.total.'))).toBe(false);
    expect(rows[0]?.[0]).toBe('applications.newReceived.natural');
    expect(rows[23]?.[5]).toBe('applications.carriedForward.other');
    // value columns start after the 3 label columns in every row, whatever the label spans
    expect(new Set(slots.map((s) => s.col))).toEqual(new Set([3, 4, 5, 6, 7, 8]));
  });

  it('table 二: merged value cells keep their first column and span', () => {
    const slots = typedSlots(gridTable('proactive').body);
    expect(slots.find((s) => s.path === 'proactive.licensing')).toMatchObject({ col: 1, colSpan: 3 });
    expect(slots.find((s) => s.path === 'proactive.normativeDocuments.inForce')).toMatchObject({
      col: 3,
      colSpan: 1,
    });
    expect(typedRows(slots).map((r) => r.length)).toEqual([3, 3, 1, 1, 1, 1]);
  });

  it('table 四: one row of 12 typed cells (the three 总计 are derived)', () => {
    const rows = typedRows(typedSlots(gridTable('appeals').body));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(12);
  });
});
