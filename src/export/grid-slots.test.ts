import { describe, expect, it } from 'vitest';
import type { ReportCell } from './report-document';
import { gridSlots } from './grid-slots';

const cell = (text: string, rowSpan = 1, colSpan = 1): ReportCell => ({
  kind: 'rowHeader',
  text,
  rowSpan,
  colSpan,
});

describe('gridSlots', () => {
  it('places a cell after the slots taken by cells spanning down from above', () => {
    const slots = gridSlots(
      [
        [cell('A', 2), cell('B', 1, 2)],
        [cell('C'), cell('D')],
      ],
      3,
    );
    expect(slots.map((line) => line.map((s) => `${s.cell.text}@${s.row},${s.col}`))).toEqual([
      ['A@0,0', 'B@0,1', 'B@0,1'],
      ['A@0,0', 'C@1,1', 'D@1,2'],
    ]);
  });

  it('refuses rows that overflow or leave holes', () => {
    expect(() => gridSlots([[cell('A', 1, 3)]], 2)).toThrow();
    expect(() => gridSlots([[cell('A')]], 2)).toThrow(/hole/);
  });
});
