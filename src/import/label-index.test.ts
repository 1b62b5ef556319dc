import { describe, expect, it } from 'vitest';
import { buildLabelIndex, isLabelPieces } from './label-index';
import { labelKey } from './normalize';

const HEADER = buildLabelIndex([
  ['商业企业', 1],
  ['科研机构', 2],
  ['社会公益组织', 3],
  ['法律服务机构', 4],
  ['其他', 5],
]);

describe('pieces of labels run together (a PDF header read across its columns)', () => {
  it('takes 商业科研, 企业机构 and 公益服务其他 for header pieces', () => {
    for (const text of ['商业科研', '企业机构', '公益服务其他', '社会法律'])
      expect(isLabelPieces(labelKey(text), HEADER)).toBe(true);
  });

  it('does not take text with a piece no label has, or single characters', () => {
    expect(isLabelPieces(labelKey('商业银行'), HEADER)).toBe(false);
    expect(isLabelPieces(labelKey('本年新收'), HEADER)).toBe(false);
    expect(isLabelPieces(labelKey('商'), HEADER)).toBe(false);
  });
});
