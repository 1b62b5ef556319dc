import { describe, expect, it } from 'vitest';
import type { ImportSuccess } from './import-result';
import { importReportText } from './import-text';

/** A small report in the 2019 layout (国办公开办函〔2019〕60号), report-format.md §6. */
const REPORT_2019 = [
  '某某县统计局2020年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '2020年，本局认真贯彻《条例》，依法做好政府信息公开工作。',
  '二、主动公开政府信息情况',
  '第二十条第（一）项\t\t\t',
  '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
  '规章\t0\t0\t0',
  '规范性文件\t2\t2\t10',
  '第二十条第（五）项\t\t\t',
  '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
  '行政许可\t5\t0\t120',
  '其他对外管理服务事项\t0\t0\t0',
  '第二十条第（九）项\t\t\t',
  '信息内容\t采购项目数量\t采购总金额\t',
  '政府集中采购\t3\t45.6\t',
  '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t\t\t\t\t总计\t',
  '\t\t自然人\t法人或其他组织\t\t\t\t\t\t',
  '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t',
  '一、本年新收政府信息公开申请数量\t\t5\t1\t0\t0\t0\t0\t6\t',
  '二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t',
  '三、本年度办理结果\t（一）予以公开\t3\t1\t0\t0\t0\t0\t4\t',
  '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0\t',
  '\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0',
  '\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0',
  '\t\t3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0',
  '\t\t4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0',
  '\t\t5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0',
  '\t\t6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0',
  '\t\t7.属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0',
  '\t\t8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0',
  '\t（四）无法提供\t1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1',
  '\t\t2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0',
  '\t\t3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0',
  '\t（五）不予处理\t1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0',
  '\t\t2.重复申请\t0\t0\t0\t0\t0\t0\t0',
  '\t\t3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0',
  '\t\t4.无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0',
  '\t\t5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0',
  '\t（六）其他处理\t1\t0\t0\t0\t0\t0\t1\t',
  '\t（七）总计\t5\t1\t0\t0\t0\t0\t6\t',
  '四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0\t',
  '四、政府信息公开行政复议、行政诉讼情况',
  '行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t',
  '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t',
  '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
  '1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
  '五、存在的主要问题及改进情况',
  '政策解读形式单一。',
  '六、其他需要报告的事项',
  '无。',
].join('\n');

describe('a report in the 2019 layout', () => {
  const r = importReportText(REPORT_2019) as ImportSuccess;

  it('is recognised as layout 2019', () => {
    expect(r.ok).toBe(true);
    expect(r.layout).toBe('2019');
  });

  it('its single （六）其他处理 row goes to 3.其他, the two newer rows stay empty, and this is reported', () => {
    expect(r.draft.applications.results.otherHandling).toEqual({
      noCorrection: {
        natural: null,
        commercial: null,
        research: null,
        nonprofit: null,
        legal: null,
        other: null,
      },
      feeUnpaid: {
        natural: null,
        commercial: null,
        research: null,
        nonprofit: null,
        legal: null,
        other: null,
      },
      other: { natural: 1, commercial: 0, research: 0, nonprofit: 0, legal: 0, other: 0 },
    });
    expect(r.notices.some((n) => n.includes('2019') && n.includes('3.其他'))).toBe(true);
  });

  it('the rest of 三 and all of 四 import fully', () => {
    expect(r.draft.applications.newReceived).toEqual({
      natural: 5,
      commercial: 1,
      research: 0,
      nonprofit: 0,
      legal: 0,
      other: 0,
    });
    expect(r.draft.applications.results.disclosed).toEqual({
      natural: 3,
      commercial: 1,
      research: 0,
      nonprofit: 0,
      legal: 0,
      other: 0,
    });
    expect(r.draft.applications.results.unavailable.notHeld.natural).toBe(1);
    expect(r.draft.appeals.reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0 });
    expect(r.mismatches).toEqual([]);
  });

  it('table 二 is not mapped onto the 2021 fields: every number stays empty and this is reported', () => {
    expect(
      Object.values(r.draft.proactive).flatMap((v) =>
        v !== null && typeof v === 'object' ? Object.values(v) : [v],
      ),
    ).toEqual(Array.from({ length: 10 }, () => null));
    expect(r.notices.some((n) => n.includes('表二') && n.includes('2019'))).toBe(true);
  });
});
