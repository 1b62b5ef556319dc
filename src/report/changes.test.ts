import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesBetween, differenceExcerpts, TEXT_FIELD_PATHS } from './changes';
import { sampleDraft } from './fixtures/sample-draft';
import { NUMERIC_FIELDS } from './numeric-fields';
import { getPath, setPath } from './paths';
import { contentOf } from './review-round';
import type { ReportContent } from './schema';

const base = contentOf(sampleDraft());

/** A set of edits: a number (or blank) at some numeric paths, a text at some text paths. */
const edits = fc.record({
  numbers: fc.dictionary(
    fc.constantFrom(...NUMERIC_FIELDS.filter((f) => f.kind === 'count').map((f) => f.path)),
    fc.option(fc.nat({ max: 5000 }), { nil: null }),
  ),
  texts: fc.dictionary(fc.constantFrom(...TEXT_FIELD_PATHS), fc.string({ maxLength: 30 })),
});

function applied(
  content: ReportContent,
  e: { numbers: Record<string, number | null>; texts: Record<string, string> },
) {
  let out = content;
  for (const [path, v] of Object.entries(e.numbers)) out = setPath(out, path, v);
  for (const [path, v] of Object.entries(e.texts)) out = setPath(out, path, v);
  return out;
}

describe('changesBetween', () => {
  it('finds nothing between a report and itself', () => {
    expect(changesBetween(base, structuredClone(base))).toEqual([]);
  });

  it('names one changed cell with its label and both values', () => {
    const after = setPath(base, 'applications.newReceived.natural', 41);
    expect(changesBetween(base, after)).toEqual([
      {
        kind: 'number',
        path: 'applications.newReceived.natural',
        label: '一、本年新收政府信息公开申请数量 · 自然人',
        before: 40,
        after: 41,
      },
    ]);
  });

  it('tells a blank cell from a 0', () => {
    const after = setPath(base, 'proactive.regulations.repealed', null);
    expect(changesBetween(base, after)).toMatchObject([
      { path: 'proactive.regulations.repealed', before: 0, after: null },
    ]);
  });

  it('names a changed paragraph by its part and field', () => {
    const after = setPath(base, 'problems.improvements', '新的改进情况。');
    const [change] = changesBetween(base, after);
    expect(change).toMatchObject({ kind: 'text', path: 'problems.improvements', after: '新的改进情况。' });
    expect(change?.label).toBe('五、存在的主要问题及改进情况 · 改进情况');
  });

  it('reports exactly the values that differ, each once, with before and after as stored', () => {
    fc.assert(
      fc.property(edits, (e) => {
        const after = applied(base, e);
        const changes = changesBetween(base, after);
        const paths = changes.map((c) => c.path);
        expect(new Set(paths).size).toBe(paths.length);
        const expected = [...Object.keys(e.numbers), ...Object.keys(e.texts)].filter(
          (p) =>
            getPath(base, p) !== getPath(after, p) &&
            !(getPath(base, p) === undefined && getPath(after, p) === ''),
        );
        expect(new Set(paths)).toEqual(new Set(expected));
        for (const c of changes) {
          expect(c.after).toEqual(getPath(after, c.path) ?? (c.kind === 'text' ? '' : null));
          expect(c.before).toEqual(getPath(base, c.path) ?? (c.kind === 'text' ? '' : null));
        }
      }),
    );
  });

  it('is symmetric: the changes back are the same paths with before and after swapped', () => {
    fc.assert(
      fc.property(edits, (e) => {
        const after = applied(base, e);
        const forth = changesBetween(base, after);
        const back = changesBetween(after, base);
        expect(back.map((c) => ({ ...c, before: c.after, after: c.before }))).toEqual(forth);
      }),
    );
  });
});

describe('differenceExcerpts', () => {
  it('starts a little before the first difference and marks what was cut', () => {
    const before = `${'甲'.repeat(50)}原来的说法${'乙'.repeat(50)}`;
    const after = `${'甲'.repeat(50)}新的说法${'乙'.repeat(50)}`;
    const e = differenceExcerpts(before, after, 4, 10);
    expect(e).toEqual({ before: '…甲甲甲甲原来的说法乙…', after: '…甲甲甲甲新的说法乙乙…' });
  });

  it('says （无） for a text that was emptied', () => {
    expect(differenceExcerpts('有内容', '').after).toBe('（无）');
  });
});
