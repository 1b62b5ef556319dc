import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftSchema } from '../report/schema';
import type { ImportSuccess } from './import-result';
import { importReportText } from './import-text';
import {
  ALL_ZERO_APPEALS,
  ALL_ZERO_APPLICATIONS,
  ALL_ZERO_PROACTIVE,
  HUAIAN_TABLES,
} from './test-support/published-expected';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'fixtures/published');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function imported(name: string): ImportSuccess {
  const result = importReportText(read(name));
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('haiyuan-jiguan-2024.txt (clean 2021 layout, tab-separated, all zero)', () => {
  const r = imported('haiyuan-jiguan-2024.txt');

  it('every number of 二, 三 and 四 is 0, none blank, nothing left over', () => {
    expect(r.layout).toBe('2021');
    expect(r.draft.proactive).toEqual(ALL_ZERO_PROACTIVE);
    expect(r.draft.applications).toEqual(ALL_ZERO_APPLICATIONS);
    expect(r.draft.appeals).toEqual(ALL_ZERO_APPEALS);
    expect(r.blanks).toEqual([]);
    expect(r.unmapped).toEqual([]);
    expect(r.mismatches).toEqual([]);
    expect(r.ambiguous).toEqual([]);
  });

  it('title, preamble contact details and the five topics of 一', () => {
    expect(r.draft.meta).toMatchObject({
      agencyName: '海原县机关事务服务中心',
      year: 2024,
      website: 'http://www.hy.gov.cn',
      contact: {
        office: '海原县机关事务服务中心综合办公室',
        address: '海原县政府西街',
        postcode: '755200',
        phone: '0955-3957885',
      },
    });
    expect(r.draft.meta.preamble).toMatch(/^根据《中华人民共和国政府信息公开条例》规定/);
    expect(r.draft.overview.summary).toMatch(/^2024 年,我中心以习近平/);
    // “不公开为例” / “外，” were split by a blank line: joined back
    expect(r.draft.overview.proactive).toMatch(
      /^海原县机关事务服务中心坚持以公开为常态,不公开为例外，深入推进/,
    );
    expect(r.draft.overview.onRequest).toMatch(/^我中心认真对照《条例》/);
    expect(r.draft.overview.management).toMatch(/^一是由中心主要领导牵头/);
    expect(r.draft.overview.platform).toMatch(/^我中心进一步加强政府信息公开平台建设/);
    expect(r.draft.overview.oversight).toMatch(/^为确保政府信息公开工作落到实处/);
    expect(r.draft.otherMatters.text).toMatch(/未收取信息公开处理费。$/);
  });
});

describe('pingluo-jiguan-2021.txt (blank cells, only the 总计 column printed)', () => {
  const r = imported('pingluo-jiguan-2021.txt');

  it('blank cells import as 0, so every number is 0', () => {
    expect(r.draft.proactive).toEqual(ALL_ZERO_PROACTIVE);
    expect(r.draft.applications).toEqual(ALL_ZERO_APPLICATIONS);
    expect(r.draft.appeals).toEqual(ALL_ZERO_APPEALS);
    expect(r.mismatches).toEqual([]);
    expect(r.unmapped).toEqual([]);
  });

  it('lists every blank: 行政许可 and 行政处罚, all 144 applicant cells of 三, the 12 outcome cells of 四', () => {
    expect(r.blanks).toContain('proactive.licensing');
    expect(r.blanks).toContain('proactive.penalty');
    expect(r.blanks).not.toContain('proactive.coercion');
    expect(r.blanks.filter((p) => p.startsWith('proactive.'))).toHaveLength(2);
    expect(r.blanks.filter((p) => p.startsWith('applications.'))).toHaveLength(24 * 6);
    expect(r.blanks).toContain('applications.results.otherHandling.other.natural');
    expect(r.blanks.filter((p) => p.startsWith('appeals.'))).toHaveLength(12);
    expect(r.blanks).toHaveLength(158);
  });

  it('problems and improvements are split at their sub-headings', () => {
    expect(r.draft.meta).toMatchObject({
      agencyName: '平罗县机关事务服务中心',
      year: 2021,
      contact: { phone: '0952-6095327' },
    });
    expect(r.draft.problems.problems).toBe(
      '1、网站信息更新不及时，时效性有待提高；\n2、政务公开深度、广度不够，多的是静态的公开和对办事结果的公开，公开内容单一。',
    );
    expect(r.draft.problems.improvements).toMatch(/^一是严格审核把关，提高公开质量。/);
    expect(r.draft.problems.improvements.split('\n')).toHaveLength(3);
    expect(r.draft.overview.platform).toMatch(/^中心积极做好政府网站三审三校/);
    expect(r.draft.overview.oversight).toMatch(/^加强组织领导，完善工作机构。/);
    expect(r.draft.overview.proactive).toContain('(2)公共机构节能公开情况');
    expect(r.draft.otherMatters.text).toBe('无其他需要报告的事项。');
  });
});

describe('county-jiguan-2023.txt (no agency in the title, numbered topics)', () => {
  const r = imported('county-jiguan-2023.txt');

  it('every number is 0 and nothing is blank or left over', () => {
    expect(r.draft.proactive).toEqual(ALL_ZERO_PROACTIVE);
    expect(r.draft.applications).toEqual(ALL_ZERO_APPLICATIONS);
    expect(r.draft.appeals).toEqual(ALL_ZERO_APPEALS);
    expect(r.blanks).toEqual([]);
    expect(r.unmapped).toEqual([]);
    expect(r.mismatches).toEqual([]);
  });

  it('the year comes from the title line, the missing agency is left empty and reported', () => {
    expect(r.draft.meta.year).toBe(2023);
    expect(r.draft.meta.agencyName).toBe('');
    expect(r.notices.some((n) => n.includes('机关名称'))).toBe(true);
  });

  it('numbered topics 1.–5. go to their fields; 五 has no sub-headings and goes to problems', () => {
    expect(r.draft.overview.summary).toMatch(/^2023年，县机关事务服务中心深入贯彻/);
    expect(r.draft.overview.proactive).toMatch(/^2023年我中心主动公开信息9条/);
    expect(r.draft.overview.onRequest).toBe(
      '2023年，我中心未收到公民、法人或其他组织要求公开政府信息的申请。',
    );
    expect(r.draft.overview.management).toMatch(/^健全完善政务信息发布制度/);
    expect(r.draft.overview.platform).toMatch(/以社会需求为导向，以制度机制为基础/);
    expect(r.draft.overview.oversight).toMatch(/^认真落实《中华人民共和国政府信息公开条例》第五十条/);
    expect(r.draft.problems.problems.split('\n')).toHaveLength(2);
    expect(r.draft.problems.improvements).toBe('');
  });
});

describe('huaian-city-2024.txt (PDF text: one value per line, labels after numbers, wrapped labels)', () => {
  const r = imported('huaian-city-2024.txt');

  it('table 二', () => {
    expect(r.draft.proactive).toEqual(HUAIAN_TABLES.proactive);
  });

  it('table 三: every row, including （一）（二）, 5.要求行政机关确认… and （六）1–3 whose labels follow their numbers', () => {
    expect(r.draft.applications).toEqual(HUAIAN_TABLES.applications);
  });

  it('table 四: 行政复议 is read; the two 诉讼 groups, out of order in the text, are left unread and listed', () => {
    // The PDF prints 直接起诉 13 4 8 1 (26) and 复议后起诉 12 1 1 6 (20); the text cannot tell which is which.
    expect(r.draft.appeals).toEqual({
      reconsideration: HUAIAN_TABLES.appeals.reconsideration,
      litigationDirect: { upheld: null, corrected: null, other: null, pending: null },
      litigationAfterReconsideration: { upheld: null, corrected: null, other: null, pending: null },
    });
    expect(r.ambiguous.map((a) => a.path)).toEqual([
      'appeals.litigationDirect',
      'appeals.litigationAfterReconsideration',
    ]);
    expect(r.ambiguous[0]?.reason).toContain('12、1、1、6 和 13、4、8、1');
  });

  it('its printed totals all agree (3119, 3050, 351…): no mismatch, nothing blank or left over', () => {
    expect(r.mismatches).toEqual([]);
    expect(r.blanks).toEqual([]);
    expect(r.unmapped).toEqual([]);
    expect(r.printedTotals).toContainEqual({ path: 'applications.newReceived.total', printed: 3119 });
    expect(r.printedTotals).toContainEqual({ path: 'applications.results.total.total', printed: 3050 });
    expect(r.printedTotals).toContainEqual({ path: 'appeals.reconsideration.total', printed: 351 });
    // the 诉讼 totals are not tied to a group either
    expect(r.printedTotals.filter((p) => p.path.startsWith('appeals.litigation'))).toEqual([]);
  });

  it('title split over two lines, contact details from the wrapped preamble, inline topic headings', () => {
    expect(r.draft.meta).toMatchObject({
      agencyName: '淮安市人民政府',
      year: 2024,
      contact: {
        office: '淮安市人民政府办公室',
        address: '淮安市翔宇南道 1 号',
        postcode: '223001',
        phone: '0517-83605210',
        email: 'hazwgkc@163.com',
      },
    });
    expect(r.draft.overview.proactive).toMatch(/^2024 年，市政府网站主动公开各类政府信息 5500 余条/);
    expect(r.draft.overview.onRequest).toMatch(/^定期对政府信息公开申请集中的领域/);
    expect(r.draft.overview.platform).toMatch(/^进一步优化政务公开专栏设置/);
    expect(r.draft.overview.oversight).toMatch(/^根据省政务公开年度和季度监测指标/);
    // the page number “-2-” inside the prose is gone
    expect(r.draft.overview.platform).not.toContain('-2-');
    expect(r.draft.otherMatters.text).toContain('3940 元');
  });
});

describe('every imported draft is a valid draft file', () => {
  it.each([
    'haiyuan-jiguan-2024.txt',
    'pingluo-jiguan-2021.txt',
    'county-jiguan-2023.txt',
    'huaian-city-2024.txt',
  ])('%s', (name) => {
    expect(draftSchema.safeParse(imported(name).draft).success).toBe(true);
  });
});

describe('the 信息处理费 figures stated in part 六', () => {
  it.each([
    // 淮安: “全年收取政府信息公开信息处理费 3940 元” — notices not stated.
    ['huaian-city-2024.txt', { noticesSent: null, noticesAmount: null, collectedAmount: 3940 }],
    // 海原: “2024年我中心未收取信息公开处理费”.
    ['haiyuan-jiguan-2024.txt', { noticesSent: null, noticesAmount: null, collectedAmount: 0 }],
    // 县机关事务服务中心: “本年度未收取信息处理费”.
    ['county-jiguan-2023.txt', { noticesSent: null, noticesAmount: null, collectedAmount: 0 }],
    // 平罗: 六 says only “无其他需要报告的事项”.
    ['pingluo-jiguan-2021.txt', { noticesSent: null, noticesAmount: null, collectedAmount: null }],
  ])('%s', (name, expected) => {
    const result = imported(name);
    expect(result.draft.otherMatters.processingFees).toEqual(expected);
    expect(result.notices.some((n) => n.includes('信息处理费'))).toBe(true);
  });
});
