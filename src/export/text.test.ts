import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import { buildReportDocument } from './report-document';
import { HOSTILE_AGENCY, HOSTILE_PROSE, hostileDraft } from './test-drafts';
import { renderReportText } from './text';

const text = renderReportText(buildReportDocument(sampleDraft()));
const lines = text.split('\n');
const lineStarting = (start: string) => lines.find((l) => l.startsWith(start));

describe('the text export', () => {
  it('starts with the title, then the preamble', () => {
    expect(lines[0]).toBe('示例县人民政府办公室2025年政府信息公开工作年度报告');
    expect(lines[1]).toBe('');
    expect(lines[2]).toContain('国办公开办函〔2021〕30号');
  });

  it('has the six part headings and part 一’s sub-headings on lines of their own, in order', () => {
    const headings = lines.filter((l) => /^[一二三四五六]、/.test(l) && !l.includes('\t'));
    expect(headings).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    const i = lines.indexOf('（一）主动公开');
    expect(lines[i + 1]).toBe(
      '全年通过政府网站主动公开政府信息 1260 条，发布政策解读 36 篇，召开新闻发布会 8 场。',
    );
    expect(lines.indexOf('（五）监督保障')).toBeGreaterThan(i);
  });

  it('table 二 as tab-separated rows: block headings, column headers, values (merged values once)', () => {
    const start = lines.indexOf('二、主动公开政府信息情况');
    expect(lines.slice(start + 1, start + 15)).toEqual([
      '第二十条第（一）项',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t1\t0\t12',
      '行政规范性文件\t8\t3\t56',
      '第二十条第（五）项',
      '信息内容\t本年处理决定数量',
      '行政许可\t1523',
      '第二十条第（六）项',
      '信息内容\t本年处理决定数量',
      '行政处罚\t342',
      '行政强制\t12',
      '第二十条第（八）项',
      '信息内容\t本年收费金额（单位：万元）',
      '行政事业性收费\t12.3456',
    ]);
  });

  it('table 三: header rows, the last naming all seven value columns', () => {
    const start = lines.indexOf('三、收到和处理政府信息公开申请情况');
    expect(lines.slice(start + 1, start + 4)).toEqual([
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
      '自然人\t法人或其他组织\t总计',
      '自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
    ]);
  });

  it('table 三: merged labels repeated so each row reads alone, totals summed by hand, blanks as 0', () => {
    expect(lineStarting('一、本年新收')).toBe('一、本年新收政府信息公开申请数量\t40\t5\t0\t1\t2\t1\t49');
    expect(lineStarting('三、本年度办理结果\t（一）')).toBe(
      '三、本年度办理结果\t（一）予以公开\t18\t2\t0\t0\t1\t0\t21',
    );
    expect(lineStarting('三、本年度办理结果\t（三）不予公开\t1.')).toBe(
      '三、本年度办理结果\t（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1',
    );
    expect(lineStarting('三、本年度办理结果\t（三）不予公开\t8.')).toBe(
      '三、本年度办理结果\t（三）不予公开\t8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0',
    );
    expect(lineStarting('三、本年度办理结果\t（七）总计')).toBe(
      '三、本年度办理结果\t（七）总计\t40\t4\t0\t1\t1\t1\t47',
    );
    expect(lineStarting('四、结转下年度')).toBe('四、结转下年度继续办理\t3\t2\t0\t0\t1\t0\t6');
    expect(lines.filter((l) => l.startsWith('三、本年度办理结果\t'))).toHaveLength(22);
    const blank = renderReportText(
      buildReportDocument(setPath(sampleDraft(), 'applications.carriedOver.natural', null)),
    );
    expect(blank).toContain('二、上年结转政府信息公开申请数量\t0\t1\t0\t0\t0\t0\t1\n');
  });

  it('table 四: group headers, the outcome columns in order, the 15 numbers', () => {
    const start = lines.indexOf('四、政府信息公开行政复议、行政诉讼情况');
    expect(lines.slice(start + 1, start + 5)).toEqual([
      '行政复议\t行政诉讼',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
      [
        '结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
        '结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
        '结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      ].join('\t'),
      '2\t1\t0\t1\t4\t1\t0\t0\t1\t2\t0\t0\t0\t0\t0',
    ]);
  });

  it('ends with part 六 and its text', () => {
    expect(text.endsWith('六、其他需要报告的事项\n本年度未发出收费通知，未收取信息处理费。\n')).toBe(true);
  });

  it('keeps what the clerk typed as the characters typed', () => {
    const out = renderReportText(buildReportDocument(hostileDraft()));
    expect(out).toContain(`${HOSTILE_AGENCY}2025年政府信息公开工作年度报告`);
    expect(out).toContain(HOSTILE_PROSE);
  });

  it('puts the 草稿 line first on a draft copy only', () => {
    expect(text).not.toContain('草稿');
    const draft = renderReportText(buildReportDocument(sampleDraft(), { draftMark: true }));
    expect(draft.split('\n')[0]).toBe('草稿（未经审核，不得发布）');
  });
});
