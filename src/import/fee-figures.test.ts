import { describe, expect, it } from 'vitest';
import { readFeeFigures } from './fee-figures';

describe('readFeeFigures', () => {
  it('reads the amount collected (淮安市 2024)', () => {
    expect(
      readFeeFigures(
        '2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。',
      ),
    ).toEqual({
      noticesSent: null,
      noticesAmount: null,
      collectedAmount: 3940,
    });
  });

  it('reads “未收取” as nothing collected, leaving the notices unknown', () => {
    expect(readFeeFigures('按照……规定的按件、按量收费标准，2024年我中心未收取信息公开处理费。')).toEqual({
      noticesSent: null,
      noticesAmount: null,
      collectedAmount: 0,
    });
  });

  it('reads the standard sentence with notices, amounts and full-width digits', () => {
    expect(readFeeFigures('本机关共发出收费通知３件，总金额1,200元，实际收取信息处理费800.5元。')).toEqual({
      noticesSent: 3,
      noticesAmount: 1200,
      collectedAmount: 800.5,
    });
    expect(readFeeFigures('本年度未发出收费通知，未收取信息处理费。')).toEqual({
      noticesSent: 0,
      noticesAmount: 0,
      collectedAmount: 0,
    });
  });

  it('converts 万元 and says nothing about text without a fee statement', () => {
    expect(readFeeFigures('实际收取信息处理费共计1.5万元。').collectedAmount).toBe(15000);
    expect(readFeeFigures('无其他需要报告的事项。')).toEqual({
      noticesSent: null,
      noticesAmount: null,
      collectedAmount: null,
    });
  });
});
