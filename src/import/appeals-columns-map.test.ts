import { describe, expect, it } from 'vitest';
import { STANDARD_APPEALS_COLUMNS, appealsColumnsFromHeader } from './appeals-columns-map';
import { toLines } from './lines';

describe('appealsColumnsFromHeader', () => {
  it('the official three header rows give the official column order', () => {
    const header = toLines(
      [
        '行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t',
        '结 果 维 持\t结 果 纠 正\t其 他 结 果\t尚 未 审 结\t总 计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t',
        '\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计',
      ].join('\n'),
    );
    expect(appealsColumnsFromHeader(header)).toEqual(STANDARD_APPEALS_COLUMNS);
  });

  it('columns are read by meaning: 复议后起诉 printed before 未经复议直接起诉, 总计 first', () => {
    const header = toLines(
      [
        '行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t',
        '总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t复议后起诉\t\t\t\t\t未经复议直接起诉\t\t\t\t',
        '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      ].join('\n'),
    );
    const columns = appealsColumnsFromHeader(header);
    expect(columns?.[0]).toEqual({ group: 'reconsideration', outcome: 'total' });
    expect(columns?.[1]).toEqual({ group: 'reconsideration', outcome: 'upheld' });
    expect(columns?.[5]).toEqual({ group: 'litigationAfterReconsideration', outcome: 'upheld' });
    expect(columns?.[10]).toEqual({ group: 'litigationDirect', outcome: 'upheld' });
  });

  it('an incomplete header gives no mapping (the caller falls back to the official order)', () => {
    expect(appealsColumnsFromHeader(toLines('行政复议\t\t\n结果维持\t结果纠正'))).toBeUndefined();
  });
});
