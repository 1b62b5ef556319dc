import { describe, expect, it } from 'vitest';
import type { PositionedText } from './pdf-lines';
import { pageLines } from './pdf-lines';

/** A piece of text 12 points high whose characters are 12 wide (CJK) or 6 (digits). */
const at = (str: string, x: number, y: number): PositionedText => ({
  str,
  x,
  y,
  width: [...str].reduce((w, c) => w + (/[\d.]/.test(c) ? 6 : 12), 0),
  size: 12,
});

describe('PDF text pieces → lines and cells', () => {
  it('pieces on one baseline make one line; wide gaps are cell borders', () => {
    const lines = pageLines([
      at('规章', 40, 700),
      at('1', 200, 700),
      at('0', 280, 700),
      at('11', 360, 700.4),
      at('行政规范性文件', 40, 680),
      at('8', 200, 680),
      at('26', 280, 680),
      at('66', 360, 680),
    ]);
    expect(lines).toEqual(['规章\t1\t0\t11', '行政规范性文件\t8\t26\t66']);
  });

  it('pieces of one word printed separately (character by character) run on', () => {
    expect(pageLines([at('行政', 40, 700), at('许可', 64, 700), at('447228', 200, 700)])).toEqual([
      '行政许可\t447228',
    ]);
  });

  it('a label wrapped over two lines goes back on its row’s line (numbers sit between its lines)', () => {
    const lines = pageLines([
      at('1.属于国家秘密', 40, 720),
      ...[2, 0, 2].map((n, k) => at(String(n), 200 + 40 * k, 720)),
      at('2.其他法律行政法', 40, 700),
      ...[30, 1, 31].map((n, k) => at(String(n), 200 + 40 * k, 693)),
      at('规禁止公开', 40, 686),
      at('3.危及“三安全一稳定”', 40, 666),
      ...[5, 0, 5].map((n, k) => at(String(n), 200 + 40 * k, 666)),
    ]);
    expect(lines).toEqual([
      '1.属于国家秘密\t2\t0\t2',
      '2.其他法律行政法规禁止公开\t30\t1\t31',
      '3.危及“三安全一稳定”\t5\t0\t5',
    ]);
  });

  it('a number wrapped in a narrow cell (136 above the row, 2 on it) is joined: 1362', () => {
    const lines = pageLines([
      at('34', 200, 740),
      at('0', 240, 740),
      at('34', 280, 740),
      at('136', 278, 727),
      at('(一)予以公开', 40, 720),
      at('1288', 200, 720),
      at('74', 240, 720),
      at('2', 282, 720),
    ]);
    expect(lines).toEqual(['34\t0\t34', '(一)予以公开\t1288\t74\t1362']);
  });

  it('vertical text in its own column goes to the nearest row as a cell of its own', () => {
    const lines = pageLines([
      at('三、本', 10, 722),
      at('(一)予以公开', 60, 720),
      ...[1, 0, 1].map((n, k) => at(String(n), 200 + 40 * k, 720)),
      at('年度办', 10, 706),
      at('(二)部分公开', 60, 704),
      ...[2, 0, 2].map((n, k) => at(String(n), 200 + 40 * k, 704)),
    ]);
    expect(lines).toEqual(['三、本\t(一)予以公开\t1\t0\t1', '年度办\t(二)部分公开\t2\t0\t2']);
  });

  it('a line far from any row of numbers stays as it is', () => {
    const lines = pageLines([
      at('(三)不予公开', 30, 760),
      at('1.属于国家秘密', 120, 720),
      ...[2, 0, 2].map((n, k) => at(String(n), 300 + 40 * k, 720)),
    ]);
    expect(lines).toEqual(['(三)不予公开', '1.属于国家秘密\t2\t0\t2']);
  });

  it('lines above the first row of numbers (headings, headers) are left as they are', () => {
    expect(
      pageLines([
        at('二、主动公开政府信息情况', 40, 760),
        at('信息内容', 40, 740),
        at('规章', 40, 720),
        at('0', 200, 720),
      ]),
    ).toEqual(['二、主动公开政府信息情况', '信息内容', '规章\t0']);
  });
});
