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

  it('leaves 关于 out of the agency: 海原县机关事务服务中心关于2024年政府信息公开工作年度报告', () => {
    expect(title('海原县机关事务服务中心关于2024年政府信息公开工作年度报告\n一、总体情况')).toMatchObject({
      agencyName: '海原县机关事务服务中心',
      year: 2024,
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

  it('reads a title without 工作: 沭阳县发展和改革局2023年政府信息公开年度报告', () => {
    expect(title('沭阳县发展和改革局2023年政府信息公开年度报告\n一、总体情况')).toMatchObject({
      agencyName: '沭阳县发展和改革局',
      year: 2023,
      end: 1,
    });
    expect(title('2023年度沭阳县发展和改革局政府信息公开年度报告')).toMatchObject({
      agencyName: '沭阳县发展和改革局',
      year: 2023,
    });
  });

  it('reads a title broken over two lines after a page’s column name and date', () => {
    const page = [
      '首页 > 政府信息公开 > 政府信息公开年报',
      '发布时间：2025-01-20',
      '来源：平潭综合实验区交通与建设局',
      '字号：大 中 小',
      '平潭综合实验区交通与建设局',
      '2024年政府信息公开工作年度报告',
      '一、总体情况',
    ].join('\n');
    expect(title(page)).toMatchObject({ agencyName: '平潭综合实验区交通与建设局', year: 2024, end: 6 });
  });

  it('a title quoted in the preamble’s sentence keeps only the agency (区统计局)', () => {
    expect(
      title(
        '根据《中华人民共和国政府信息公开条例》规定,现公布区统计局2023年政府信息公开工作年度报告。本报告由…',
      ),
    ).toMatchObject({ agencyName: '区统计局', year: 2023 });
  });
});
