import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, proseNumbers } from './prose-numbers';

const read = (text: string) => proseNumbers(text).map((n) => [n.value, n.kind, text.slice(n.start, n.end)]);

describe('chineseNumeralValue', () => {
  it.each([
    ['五', 5],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['两', 2],
    ['一百零三', 103],
    ['一百一十', 110],
    ['两千', 2000],
    ['三千零五', 3005],
    ['零', 0],
  ])('%s is %i', (numeral, value) => {
    expect(chineseNumeralValue(numeral)).toBe(value);
  });

  it.each(['二三', '十百', '百十千'])('%s is not a number', (numeral) => {
    expect(chineseNumeralValue(numeral)).toBeNull();
  });
});

describe('proseNumbers', () => {
  it('reads digits, full-width digits and a thousands separator, with their unit', () => {
    expect(read('受理申请 15 件，上年结转３件，答复 3,119 件')).toEqual([
      [15, 'count', '15 件'],
      [3, 'count', '３件'],
      [3119, 'count', '3,119 件'],
    ]);
  });

  it('reads a share with its decimals', () => {
    const [share] = proseNumbers('占 42.86%');
    expect(share).toMatchObject({ value: 42.86, decimals: 2, kind: 'share' });
    expect(proseNumbers('占比40％')[0]).toMatchObject({ value: 40, decimals: 0, kind: 'share' });
  });

  it('reads a Chinese numeral only before a unit (十五件 yes, 一是 and 统一 no)', () => {
    expect(read('一是统一规范，收到申请十五件，办结两件')).toEqual([
      [15, 'count', '十五件'],
      [2, 'count', '两件'],
    ]);
  });

  it('a year, a date and a count of 条 are other numbers; 件次 and 一件事 are not counts', () => {
    expect(read('2024年3月发布信息 12 条，接待 5 件次，办成一件事')).toEqual([
      [2024, 'other', '2024'],
      [3, 'other', '3'],
      [12, 'other', '12'],
      [5, 'other', '5'],
    ]);
  });

  it('a decimal before 件 is not a count', () => {
    expect(read('1.5 件')).toEqual([[1.5, 'other', '1.5']]);
  });
});
