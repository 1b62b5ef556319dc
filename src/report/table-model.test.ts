import { describe, expect, it } from 'vitest';
import type { GridCell, GridTable } from './table-model';
import { GRID_TABLES, gridTable } from './table-model';

/** Lays the cells out on an occupancy grid; throws when cells overlap or a row is short. */
function occupancy(rows: readonly (readonly GridCell[])[], width: number): (GridCell | undefined)[][] {
  const grid: (GridCell | undefined)[][] = rows.map(() => Array<GridCell | undefined>(width).fill(undefined));
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const row = grid[r + dr];
          if (!row || c + dc >= width)
            throw new Error(`cell ${cell.text ?? cell.path} overflows at row ${r}`);
          if (row[c + dc] !== undefined) throw new Error(`overlap at ${r + dr},${c + dc}`);
          row[c + dc] = cell;
        }
      }
      c += cell.colSpan;
    }
  });
  return grid;
}

function fullyCovered(t: GridTable, part: 'head' | 'body') {
  const grid = occupancy(t[part], t.columnCount);
  return grid.every((row) => row.every((c) => c !== undefined));
}

describe('the official tables as grids', () => {
  it.each(GRID_TABLES.map((t) => [t.id, t] as const))(
    '%s: every slot is covered by exactly one cell',
    (_id, t) => {
      expect(fullyCovered(t, 'head')).toBe(true);
      expect(fullyCovered(t, 'body')).toBe(true);
    },
  );

  it('table 二 is 4 columns wide with four block headings spanning it', () => {
    const t = gridTable('proactive');
    expect(t.columnCount).toBe(4);
    const headings = t.body.flat().filter((c) => c.kind === 'blockHeading');
    expect(headings.map((h) => h.text)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
    expect(headings.every((h) => h.colSpan === 4)).toBe(true);
    const licensingRow = t.body.find((r) => r[0]?.text === '行政许可');
    expect(licensingRow?.[1]).toMatchObject({ path: 'proactive.licensing', colSpan: 3 });
    const feeHeader = t.body.flat().find((c) => c.text === '本年收费金额（单位：万元）');
    expect(feeHeader?.colSpan).toBe(3);
  });

  it('table 三 has the official header: corner 3×3, 申请人情况 over 7, 法人或其他组织 over 5', () => {
    const t = gridTable('applications');
    expect(t.columnCount).toBe(10);
    expect(t.head).toHaveLength(3);
    const [h1, h2, h3] = t.head;
    expect(h1?.[0]).toMatchObject({
      kind: 'corner',
      rowSpan: 3,
      colSpan: 3,
      text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    });
    expect(h1?.[1]).toMatchObject({ text: '申请人情况', colSpan: 7, rowSpan: 1 });
    expect(h2?.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      ['自然人', 2, 1],
      ['法人或其他组织', 1, 5],
      ['总计', 2, 1],
    ]);
    expect(h3?.map((c) => c.text)).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
  });

  it('table 三 body: 25 rows, with the label merges of the official layout', () => {
    const t = gridTable('applications');
    expect(t.body).toHaveLength(25);
    const label = (text: string) => t.body.flat().find((c) => c.text === text);
    expect(label('一、本年新收政府信息公开申请数量')?.colSpan).toBe(3);
    expect(label('二、上年结转政府信息公开申请数量')?.colSpan).toBe(3);
    expect(label('四、结转下年度继续办理')?.colSpan).toBe(3);
    expect(label('三、本年度办理结果')).toMatchObject({ rowSpan: 22, colSpan: 1 });
    expect(label('（一）予以公开')?.colSpan).toBe(2);
    expect(label('（七）总计')?.colSpan).toBe(2);
    expect(label('（三）不予公开')?.rowSpan).toBe(8);
    expect(label('（四）无法提供')?.rowSpan).toBe(3);
    expect(label('（五）不予处理')?.rowSpan).toBe(5);
    expect(label('（六）其他处理')?.rowSpan).toBe(3);
    expect(label('1.属于国家秘密')?.colSpan).toBe(1);
  });

  it('table 三: the （七）总计 row and the 总计 column are derived, the rest typed', () => {
    const values = gridTable('applications')
      .body.flat()
      .filter((c) => c.kind === 'value');
    expect(values).toHaveLength(25 * 7);
    const derived = values.filter((c) => c.derived).map((c) => c.path);
    expect(derived).toHaveLength(25 + 6);
    expect(derived).toContain('applications.results.total.natural');
    expect(derived).toContain('applications.newReceived.total');
    expect(derived).toContain('applications.results.total.total');
    expect(derived).not.toContain('applications.newReceived.natural');
  });

  it('table 四: 15 columns, 行政复议 over 5, 行政诉讼 over 10, its outcome cells span 2 header rows', () => {
    const t = gridTable('appeals');
    expect(t.columnCount).toBe(15);
    const [h1, h2, h3] = t.head;
    expect(h1?.map((c) => [c.text, c.colSpan])).toEqual([
      ['行政复议', 5],
      ['行政诉讼', 10],
    ]);
    expect(h2?.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      ['结果维持', 2, 1],
      ['结果纠正', 2, 1],
      ['其他结果', 2, 1],
      ['尚未审结', 2, 1],
      ['总计', 2, 1],
      ['未经复议直接起诉', 1, 5],
      ['复议后起诉', 1, 5],
    ]);
    expect(h3?.map((c) => c.text)).toEqual([
      ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
      ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
    ]);
    expect(t.body[0]?.map((c) => c.path)).toEqual([
      ...['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => `appeals.reconsideration.${k}`),
      ...['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => `appeals.litigationDirect.${k}`),
      ...['upheld', 'corrected', 'other', 'pending', 'total'].map(
        (k) => `appeals.litigationAfterReconsideration.${k}`,
      ),
    ]);
  });
});
