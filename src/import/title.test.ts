import { describe, expect, it } from 'vitest';
import { toLines } from './lines';
import { readTitle } from './title';

const title = (text: string) => readTitle(toLines(text));

describe('the report title', () => {
  it('reads <机关名称><年度>年政府信息公开工作年度报告', () => {
    expect(title('淮安市人民政府2024年政府信息公开工作年度报告\n一、总体情况')).toMatchObject({
      agencyName: '淮安市人民政府',
      year: 2024,
      end: 1,
    });
  });

  it('reads the year first: 2019年长沙市体育局政府信息公开工作年度报告', () => {
    expect(title('2019年长沙市体育局政府信息公开工作年度报告\n一、总体情况')).toMatchObject({
      agencyName: '长沙市体育局',
      year: 2019,
      end: 1,
    });
    expect(title('2023年度某某县统计局政府信息公开工作年度报告')).toMatchObject({
      agencyName: '某某县统计局',
      year: 2023,
    });
  });

  it('keeps a traditional copy’s agency as printed', () => {
    expect(title('2023年廣州市體育局政府信息公開工作年度報告')).toMatchObject({
      agencyName: '廣州市體育局',
      year: 2023,
    });
  });

  it('finds no agency in a line that is only a year', () => {
    expect(title('2024年\n一、总体情况')).toMatchObject({ agencyName: '', year: 2024 });
  });
});
