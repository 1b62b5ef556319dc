import { describe, expect, it } from 'vitest';
import { emptyDraft } from './empty-draft';
import { sampleDraft } from './fixtures/sample-draft';
import { startNextYear } from './next-year';
import { setPath } from './paths';
import { checkDraft } from './rules/check-draft';
import { draftSchema } from './schema';

describe('startNextYear', () => {
  const last = sampleDraft(); // 2025, 结转下年度: 自然人 3, 商业企业 2, 法律服务机构 1; 现行有效 12 / 56
  const next = startNextYear(last);

  it('is a valid draft for the following year with the same agency, website and contact', () => {
    expect(draftSchema.safeParse(next).success).toBe(true);
    expect(next.meta.year).toBe(2026);
    expect(next.meta.agencyName).toBe('示例县人民政府办公室');
    expect(next.meta.website).toBe('示例县人民政府门户网站（www.example.gov.cn）');
    expect(next.meta.contact).toEqual({
      office: '示例县人民政府办公室政务公开科',
      address: '示例县人民路 1 号',
      postcode: '100000',
      phone: '010-12345678',
      email: 'zwgk@example.gov.cn',
    });
  });

  it('上年结转 = last year’s 结转下年度继续办理, column by column', () => {
    expect(next.applications.carriedOver).toEqual({
      natural: 3,
      commercial: 2,
      research: 0,
      nonprofit: 0,
      legal: 1,
      other: 0,
    });
  });

  it('keeps last year’s figures and prose as baseline', () => {
    expect(next.baseline).toEqual({
      year: 2025,
      carriedForward: { natural: 3, commercial: 2, research: 0, nonprofit: 0, legal: 1, other: 0 },
      regulationsInForce: 12,
      normativeDocumentsInForce: 56,
      prose: {
        overview: [
          last.overview.summary,
          last.overview.proactive,
          last.overview.onRequest,
          last.overview.management,
          last.overview.platform,
          last.overview.oversight,
        ].join('\n'),
        problems: `${last.problems.problems}\n${last.problems.improvements}`,
        other: last.otherMatters.text,
      },
      proseFields: {
        'overview.summary': last.overview.summary,
        'overview.proactive': last.overview.proactive,
        'overview.onRequest': last.overview.onRequest,
        'overview.management': last.overview.management,
        'overview.platform': last.overview.platform,
        'overview.oversight': last.overview.oversight,
        'problems.problems': last.problems.problems,
        'problems.improvements': last.problems.improvements,
        'otherMatters.text': last.otherMatters.text,
      },
      // The sample's cells: 新收申请 40 + 5 + 1 + 2 + 1; 不予公开 1 + 2 + 1; 行政复议 2 + 1 + 1;
      // 行政诉讼 (未经复议直接起诉) 1 + 1.
      figures: { newReceived: 49, withheld: 4, reconsideration: 4, litigation: 2 },
    });
  });

  it('everything else is empty: no numbers, no prose, no preamble, no review', () => {
    const expected = emptyDraft('示例县人民政府办公室', 2026);
    expect(next.proactive).toEqual(expected.proactive);
    expect(next.appeals).toEqual(expected.appeals);
    expect(next.applications.newReceived).toEqual(expected.applications.newReceived);
    expect(next.applications.results).toEqual(expected.applications.results);
    expect(next.applications.carriedForward).toEqual(expected.applications.carriedForward);
    expect(next.overview).toEqual(expected.overview);
    expect(next.problems).toEqual(expected.problems);
    expect(next.otherMatters).toEqual(expected.otherMatters);
    expect(next.meta.preamble).toBeUndefined();
    expect(next.review).toBeUndefined();
  });

  it('the baseline makes X1 and X2 check continuity: a changed 上年结转 and a 现行有效件数 that does not follow are warned', () => {
    expect(checkDraft(next).filter((f) => f.rule === 'X1')).toEqual([]);
    const edited = setPath(
      setPath(next, 'applications.carriedOver.natural', 4),
      'proactive.regulations.inForce',
      13,
    );
    const found = checkDraft(edited).map((f) => `${f.rule}:${f.path}`);
    expect(found).toContain('X1:applications.carriedOver.natural');
    expect(found).toContain('X2:proactive.regulations.inForce');
  });

  it('does not share objects with last year’s draft', () => {
    next.applications.carriedOver.natural = 99;
    expect(last.applications.carriedForward.natural).toBe(3);
  });
});
