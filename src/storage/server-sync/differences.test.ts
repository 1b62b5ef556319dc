import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { draftDifferences } from './differences';

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
