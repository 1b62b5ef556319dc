import { describe, expect, it } from 'vitest';
import { labelKey, parseAmount, parseCount, toHalfWidthDigits } from './normalize';

describe('labelKey: labels compared by meaning', () => {
  it.each([
    ['结 果 维 持', '结果维持'],
    ['1、申请人逾期未按收费通知要求缴纳费用', '1.申请人逾期未按收费通知要求缴纳费用'],
    [
      '(二)部分公开 (区分处理的, 只计这一情形, 不计其他情形)',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    ],
    ['## **（三）政府信息管理情况**', '（三）政府信息管理情况'],
    ['８. 属于行政查询事项', '8.属于行政查询事项'],
    ['3.危及"三安全一稳定"', '3.危及“三安全一稳定”'],
  ])('%s = %s', (a, b) => {
    expect(labelKey(a)).toBe(labelKey(b));
  });

  it('different rows keep different keys', () => {
    expect(labelKey('（六）其他处理')).not.toBe(labelKey('3.其他'));
    expect(labelKey('2.重复申请')).not.toBe(labelKey('4.无正当理由大量反复申请'));
  });
});

describe('numbers', () => {
  it('full-width digits become ASCII', () => {
    expect(toHalfWidthDigits('２０２４年')).toBe('2024年');
  });
  it('counts: plain or with thousands separators; anything else is not a count', () => {
    expect(parseCount('3,119')).toBe(3119);
    expect(parseCount('１２')).toBe(12);
    expect(parseCount('1.5')).toBeNull();
    expect(parseCount('99999999999999999999')).toBeNull();
    expect(parseCount('')).toBeNull();
  });
  it('amounts keep their decimals', () => {
    expect(parseAmount('96171.6')).toBe(96171.6);
    expect(parseAmount('1,234.5')).toBe(1234.5);
    expect(parseAmount('12a')).toBeNull();
  });
});
