import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { differencesByPart, draftDifferences, fillCounts } from './differences';

describe('draftDifferences', () => {
  it('names each changed value with both versions, and nothing else', () => {
    const a = setPath(setPath(sampleDraft(), 'overview.proactive', '本机'), 'proactive.licensing', 7);
    const b = setPath(sampleDraft(), 'overview.proactive', '服务器');
    const diffs = draftDifferences(a, b);
    expect(diffs.map((d) => [d.path, d.a, d.b])).toEqual([
      ['overview.proactive', '本机', '服务器'],
      ['proactive.licensing', '7', String(sampleDraft().proactive.licensing)],
    ]);
    expect(diffs[1]?.label).toContain('行政许可');
  });

  it('ignores the review block', () => {
    const a = { ...sampleDraft(), review: { status: 'submitted' as const, comments: [], history: [] } };
    expect(draftDifferences(a, sampleDraft())).toEqual([]);
  });
});

describe('differencesByPart and fillCounts', () => {
  it('group the differences under the parts’ titles, in the report’s order', () => {
    const a = setPath(setPath(sampleDraft(), 'proactive.licensing', 7), 'meta.agencyName', '本机机关');
    const b = setPath(sampleDraft(), 'overview.proactive', '服务器');
    const groups = differencesByPart(a, b);
    expect(groups.map((g) => [g.title, g.differences.map((d) => d.path)])).toEqual([
      ['基本信息', ['meta.agencyName']],
      ['一、总体情况', ['overview.proactive']],
      ['二、主动公开政府信息情况', ['proactive.licensing']],
    ]);
  });

  it('count what each version has filled in', () => {
    const full = sampleDraft();
    const less = setPath(setPath(full, 'overview.proactive', ''), 'proactive.licensing', null);
    const counts = fillCounts(less, full);
    expect(counts.b - counts.a).toBe(2);
  });
});
