import { describe, expect, it } from 'vitest';
import { emptyDraft } from './empty-draft';
import { lastYearProse, proseFieldTexts } from './last-year-prose';
import { splitParagraphs } from './text/paragraphs';
import { startNextYear } from './next-year';
import type { Baseline } from './schema';
import { draftSchema } from './schema';

const lastYear = () => {
  const d = emptyDraft('某县人民政府办公室', 2024);
  d.overview.proactive = '全年主动公开政府信息 1200 条。\n\n重点领域信息及时公开。';
  d.problems.problems = '公开内容不够全面。';
  return d;
};

const baseOnly = (prose: Baseline['prose']): Baseline => ({
  year: 2024,
  carriedForward: { natural: 0, commercial: 0, research: 0, nonprofit: 0, legal: 0, other: 0 },
  regulationsInForce: 0,
  normativeDocumentsInForce: 0,
  prose,
});

describe('last year’s prose beside each field', () => {
  it('keeps each field with text in next year’s baseline, and the draft still parses', () => {
    const next = startNextYear(lastYear());
    expect(next.baseline?.proseFields).toEqual({
      'overview.proactive': '全年主动公开政府信息 1200 条。\n\n重点领域信息及时公开。',
      'problems.problems': '公开内容不够全面。',
    });
    expect(draftSchema.safeParse(next).success).toBe(true);
  });

  it('gives a field its own paragraphs, blank lines dropped, and nothing for a field left blank last year', () => {
    const { baseline } = startNextYear(lastYear());
    expect(lastYearProse(baseline, 'overview.proactive')).toEqual({
      year: 2024,
      paragraphs: ['全年主动公开政府信息 1200 条。', '重点领域信息及时公开。'],
      scope: 'field',
    });
    expect(lastYearProse(baseline, 'overview.onRequest')).toBeNull();
    expect(lastYearProse(undefined, 'overview.proactive')).toBeNull();
  });

  it('shows a part’s text at its first field when the baseline kept only the part', () => {
    const baseline = baseOnly({ problems: '问题一。\n问题二。' });
    expect(lastYearProse(baseline, 'problems.problems')).toEqual({
      year: 2024,
      paragraphs: ['问题一。', '问题二。'],
      scope: 'part',
    });
    expect(lastYearProse(baseline, 'problems.improvements')).toBeNull();
  });

  it('splits paragraphs on Windows line ends and trims them', () => {
    expect(splitParagraphs('  一段。\r\n\r\n二段。  \n')).toEqual(['一段。', '二段。']);
  });

  it('lists only fields with text', () => {
    expect(Object.keys(proseFieldTexts(emptyDraft('某局', 2025)))).toEqual([]);
  });
});
