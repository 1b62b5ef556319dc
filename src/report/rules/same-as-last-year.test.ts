import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../fixtures/sample-draft';
import { startNextYear } from '../next-year';
import { setPath } from '../paths';
import { checkDraft } from './check-draft';
import { sameAsLastYearFindings, sharedShare } from './same-as-last-year';

// Two texts with no character in common: what is copied from one is exactly what is shared.
const OLD = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'.repeat(5); // 110 characters
const NEW = '一二三四五六七八九十百千万亿兆京垓秭穰沟涧正'.repeat(5); // 110 characters

describe('sharedShare', () => {
  it('half copied, half new: 0.5', () => {
    expect(sharedShare(OLD + NEW, OLD)).toBe(0.5);
  });

  it('a quarter copied (55 of 220 characters): 0.25, wherever the copy stands', () => {
    expect(sharedShare(NEW + OLD.slice(0, 55) + NEW.slice(0, 55), OLD)).toBe(55 / 220);
  });

  it('white space does not count, and nothing shared is 0; all copied is 1', () => {
    expect(sharedShare(`${OLD.slice(0, 40)}\n \t${OLD.slice(40)}`, OLD)).toBe(1);
    expect(sharedShare(NEW, OLD)).toBe(0);
    expect(sharedShare('', OLD)).toBe(0);
  });

  it('runs shorter than 8 characters are not copying', () => {
    // Seven characters of last year's text between new ones.
    expect(sharedShare(NEW.slice(0, 20) + OLD.slice(0, 7) + NEW.slice(20, 40), OLD)).toBe(0);
  });

  it('is linear: 200,000 characters against 200,000 are compared at once', () => {
    const big = OLD.repeat(1800);
    expect(sharedShare(big + NEW.repeat(1800), big)).toBe(0.5);
  });
});

describe('C5 same words as last year', () => {
  it('warns about each part mostly copied, with the share, at its first field', () => {
    const last = setPath(sampleDraft(), 'problems.problems', OLD);
    const now = setPath(
      setPath(sampleDraft(), 'problems.problems', OLD + NEW.slice(0, 30)),
      'meta.year',
      2026,
    );
    const found = sameAsLastYearFindings(now, {
      problems: last.problems.problems + last.problems.improvements,
    });
    expect(found.map((f) => [f.rule, f.severity, f.path])).toEqual([['C5', 'warning', 'problems.problems']]);
    expect(found[0]?.message).toMatch(/^五、存在的主要问题及改进情况 有 \d+% 的文字与上年报告相同/);
  });

  it('half or less is not warned about', () => {
    const found = sameAsLastYearFindings(setPath(sampleDraft(), 'otherMatters.text', OLD + NEW), {
      other: OLD,
    });
    expect(found).toEqual([]);
  });

  it('checkDraft finds it from last year’s draft, and from the baseline of 从上年报告开始', () => {
    const last = sampleDraft();
    const next = startNextYear(last);
    // This year's report with every part of last year's text unchanged.
    const copied = { ...last, meta: { ...last.meta, year: 2026 }, baseline: next.baseline };
    const viaBaseline = checkDraft(copied).filter((f) => f.rule === 'C5');
    expect(viaBaseline.map((f) => f.path)).toEqual([
      'overview.summary',
      'problems.problems',
      'otherMatters.text',
    ]);
    expect(viaBaseline[0]?.message).toContain('有 100% 的文字与上年报告相同');
    const { baseline: _dropped, ...withoutBaseline } = copied;
    void _dropped;
    const viaPrevious = checkDraft(withoutBaseline, { previous: last }).filter((f) => f.rule === 'C5');
    expect(viaPrevious).toEqual(viaBaseline);
  });
});
