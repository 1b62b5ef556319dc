import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import type { Draft } from '../report/schema';
import type { ReportDocument, ReportTable } from './report-document';
import { buildReportDocument } from './report-document';

function table(doc: ReportDocument, id: ReportTable['id']): ReportTable {
  const t = doc.parts.find((p) => p.table?.id === id)?.table;
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

/** The printed numbers of the body row whose label cell reads `label`. */
function rowValues(t: ReportTable, label: string): string[] {
  const row = t.body.find((r) => r.some((c) => c.kind === 'rowHeader' && c.text === label));
  if (!row) throw new Error(`no row ${label}`);
  return row.filter((c) => c.kind === 'value').map((c) => c.text);
}

function part(doc: ReportDocument, heading: string) {
  const p = doc.parts.find((x) => x.heading === heading);
  if (!p) throw new Error(`no part ${heading}`);
  return p;
}

describe('the report document of a draft', () => {
  const doc = buildReportDocument(sampleDraft());

  it('has the title <机关名称><年度>年政府信息公开工作年度报告', () => {
    expect(doc.title).toBe('示例县人民政府办公室2025年政府信息公开工作年度报告');
  });

  it('has the six parts with their verbatim headings, in order', () => {
    expect(doc.parts.map((p) => p.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(doc.parts.map((p) => p.table?.id)).toEqual([
      undefined,
      'proactive',
      'applications',
      'appeals',
      undefined,
      undefined,
    ]);
  });

  it('generates the preamble (legal basis, period) when the clerk left it empty', () => {
    const text = doc.preamble.join('');
    expect(text).toContain('《中华人民共和国政府信息公开条例》');
    expect(text).toContain('国办公开办函〔2021〕30号');
    expect(text).toContain('2025年1月1日起至2025年12月31日止');
  });

  it('prints the clerk’s own preamble, one paragraph per line, when there is one', () => {
    const own = setPath(sampleDraft(), 'meta.preamble', '第一段。\n\n  第二段。  ');
    expect(buildReportDocument(own).preamble).toEqual(['第一段。', '第二段。']);
  });

  it('part 一: the optional summary without heading, then the five topic sub-headings with their text', () => {
    const sections = part(doc, '一、总体情况').sections;
    expect(sections.map((s) => s.heading)).toEqual([
      '',
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);
    expect(sections[1]?.paragraphs).toEqual([
      '全年通过政府网站主动公开政府信息 1260 条，发布政策解读 36 篇，召开新闻发布会 8 场。',
    ]);
    expect(sections[1]?.path).toBe('overview.proactive');
  });

  it('part 一: an empty optional summary is left out entirely', () => {
    const noSummary = setPath(sampleDraft(), 'overview.summary', '');
    const sections = part(buildReportDocument(noSummary), '一、总体情况').sections;
    expect(sections.map((s) => s.heading)[0]).toBe('（一）主动公开');
    expect(sections).toHaveLength(5);
  });

  it('splits the clerk’s text into paragraphs on new lines and blank lines', () => {
    const d = setPath(
      sampleDraft(),
      'problems.problems',
      '一是问题甲。\r\n二是问题乙。\n\n\u3000\u3000三是问题丙。',
    );
    const sections = part(buildReportDocument(d), '五、存在的主要问题及改进情况').sections;
    expect(sections[0]?.paragraphs).toEqual(['一是问题甲。', '二是问题乙。', '三是问题丙。']);
    expect(sections[1]?.paragraphs).toEqual([
      '下一步将丰富图解、视频等解读形式，加强业务培训。上年度提出的问题已整改完毕。',
    ]);
  });

  it('table 二: typed numbers, 行政事业性收费 as the decimal typed, blanks as 0', () => {
    const d = setPath(sampleDraft(), 'proactive.coercion', null);
    const t = table(buildReportDocument(d), 'proactive');
    expect(rowValues(t, '规章')).toEqual(['1', '0', '12']);
    expect(rowValues(t, '行政规范性文件')).toEqual(['8', '3', '56']);
    expect(rowValues(t, '行政许可')).toEqual(['1523']);
    expect(rowValues(t, '行政处罚')).toEqual(['342']);
    expect(rowValues(t, '行政强制')).toEqual(['0']);
    expect(rowValues(t, '行政事业性收费')).toEqual(['12.3456']);
  });

  it('table 三: typed cells and the totals, summed independently from the sample’s figures', () => {
    const t = table(doc, 'applications');
    // columns: 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
    expect(rowValues(t, '一、本年新收政府信息公开申请数量')).toEqual(['40', '5', '0', '1', '2', '1', '49']);
    expect(rowValues(t, '二、上年结转政府信息公开申请数量')).toEqual(['3', '1', '0', '0', '0', '0', '4']);
    expect(rowValues(t, '（一）予以公开')).toEqual(['18', '2', '0', '0', '1', '0', '21']);
    expect(rowValues(t, '1.本机关不掌握相关政府信息')).toEqual(['9', '1', '0', '1', '0', '0', '11']);
    // 自然人: 18+4+1+2+1+9+1+2+1+1 = 40; 商业企业: 2+1+1 = 4; 社会公益组织 1; 法律服务机构 1; 其他 1.
    expect(rowValues(t, '（七）总计')).toEqual(['40', '4', '0', '1', '1', '1', '47']);
    expect(rowValues(t, '四、结转下年度继续办理')).toEqual(['3', '2', '0', '0', '1', '0', '6']);
  });

  it('table 三: a blank applicant cell prints 0 and counts as 0 in the totals', () => {
    const d: Draft = setPath(sampleDraft(), 'applications.newReceived.natural', null);
    const t = table(buildReportDocument(d), 'applications');
    expect(rowValues(t, '一、本年新收政府信息公开申请数量')).toEqual(['0', '5', '0', '1', '2', '1', '9']);
  });

  it('table 四: the four outcomes and each group’s 总计', () => {
    const t = table(doc, 'appeals');
    const values = t.body[0]?.map((c) => c.text);
    // 行政复议 2+1+0+1 = 4; 未经复议直接起诉 1+0+0+1 = 2; 复议后起诉 all 0.
    expect(values).toEqual(['2', '1', '0', '1', '4', '1', '0', '0', '1', '2', '0', '0', '0', '0', '0']);
  });

  it('keeps the official merges of the layout (the grid is drawn, not rebuilt)', () => {
    const t = table(doc, 'applications');
    expect(t.head[0]?.[0]).toMatchObject({ kind: 'corner', rowSpan: 3, colSpan: 3 });
    expect(t.body.flat().find((c) => c.text === '三、本年度办理结果')).toMatchObject({ rowSpan: 22 });
  });

  it('part 六: the clerk’s text; the fee sentence is added only when the text does not state the fees', () => {
    expect(part(doc, '六、其他需要报告的事项').sections[0]?.paragraphs).toEqual([
      '本年度未发出收费通知，未收取信息处理费。',
    ]);
    const empty = setPath(sampleDraft(), 'otherMatters.text', '');
    expect(part(buildReportDocument(empty), '六、其他需要报告的事项').sections[0]?.paragraphs).toEqual([
      '2025年，本机关按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定，未发出收费通知，未收取信息处理费。',
    ]);
    let charged = setPath(sampleDraft(), 'otherMatters.text', '本年度无其他需要报告的事项。');
    charged = setPath(charged, 'otherMatters.processingFees.noticesSent', 2);
    charged = setPath(charged, 'otherMatters.processingFees.noticesAmount', 150);
    charged = setPath(charged, 'otherMatters.processingFees.collectedAmount', 100);
    const paragraphs = part(buildReportDocument(charged), '六、其他需要报告的事项').sections[0]?.paragraphs;
    expect(paragraphs?.[0]).toBe('本年度无其他需要报告的事项。');
    expect(paragraphs?.[1]).toContain('共发出收费通知2件，总金额150元，实际收取信息处理费100元');
  });

  it('carries the draft mark only when asked', () => {
    expect(doc.draftMark).toBe(false);
    expect(buildReportDocument(sampleDraft(), { draftMark: true }).draftMark).toBe(true);
  });
});
