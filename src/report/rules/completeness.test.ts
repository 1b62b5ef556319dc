import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../empty-draft';
import { sampleDraft } from '../fixtures/sample-draft';
import { NUMERIC_FIELDS } from '../numeric-fields';
import { setPath } from '../paths';
import type { Draft } from '../schema';
import { checkDraft } from './check-draft';
import { completenessFindings, proseLength, requiredPathsOf } from './completeness';

const at = (d: Draft) => completenessFindings(d).map((f) => [f.rule, f.severity, f.path] as const);
const messages = (d: Draft) => completenessFindings(d).map((f) => f.message);

describe('completeness (C1–C4)', () => {
  it('the complete example has no completeness finding', () => {
    expect(completenessFindings(sampleDraft())).toEqual([]);
  });

  it('an empty new report is blocked by every part, in report order', () => {
    const found = completenessFindings(emptyDraft('某局', 2025));
    expect(found.every((f) => f.severity === 'error' || f.path.startsWith('meta.'))).toBe(true);
    expect(found.filter((f) => f.severity === 'error').map((f) => [f.rule, f.path])).toEqual([
      ['C1', 'meta.contact.phone'],
      ['C1', 'overview.proactive'],
      ['C2', 'proactive.regulations.issued'],
      ['C2', 'applications.newReceived.natural'],
      ['C2', 'appeals.reconsideration.upheld'],
      ['C1', 'problems.problems'],
      ['C1', 'otherMatters.processingFees.noticesSent'],
      ['C1', 'otherMatters.processingFees.noticesAmount'],
      ['C1', 'otherMatters.processingFees.collectedAmount'],
    ]);
    expect(found.find((f) => f.path === 'problems.problems')?.message).toBe(
      '五、存在的主要问题及改进情况 还没有填写。',
    );
    expect(found.find((f) => f.path === 'overview.proactive')?.message).toBe(
      '一、总体情况 还没有填写（应写明主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障情况）。',
    );
  });

  it('机关名称 and 联系电话 are errors; 发布网站, 联系机构, 地址, 邮政编码 only warnings', () => {
    const d = setPath(sampleDraft(), 'meta.agencyName', '  ');
    const blanked = [
      'meta.website',
      'meta.contact.office',
      'meta.contact.address',
      'meta.contact.postcode',
    ].reduce((x, p) => setPath(x, p, ''), setPath(d, 'meta.contact.phone', undefined));
    expect(at(blanked)).toEqual([
      ['C1', 'error', 'meta.agencyName'],
      ['C1', 'warning', 'meta.website'],
      ['C1', 'warning', 'meta.contact.office'],
      ['C1', 'warning', 'meta.contact.address'],
      ['C1', 'warning', 'meta.contact.postcode'],
      ['C1', 'error', 'meta.contact.phone'],
    ]);
    expect(messages(blanked)[0]).toBe('基本信息 · 机关名称 还没有填写。');
  });

  it('报告年度 left blank in the form (null) is an error', () => {
    expect(at(setPath(sampleDraft(), 'meta.year', null))).toEqual([['C1', 'error', 'meta.year']]);
  });

  it('part 一 needs each of the five topics; the opening summary is optional', () => {
    const d = setPath(setPath(sampleDraft(), 'overview.summary', ''), 'overview.oversight', ' \n');
    expect(at(d)).toEqual([['C1', 'error', 'overview.oversight']]);
    expect(messages(d)).toEqual(['一、总体情况 · 监督保障 还没有填写。']);
  });

  it('part 五 needs the problems, and the improvements unless the same text reports them', () => {
    const noImprovements = setPath(sampleDraft(), 'problems.improvements', '');
    // The sample's problems text says nothing of 改进/整改/下一步.
    expect(at(noImprovements)).toEqual([['C1', 'error', 'problems.improvements']]);
    const inOne = setPath(noImprovements, 'problems.problems', '一是解读形式单一。下一步将丰富解读形式。');
    expect(at(inOne)).toEqual([]);
    // Part 五 as one text, as the 洪泽区 2024 report prints it (no sub-headings).
    const asPublished = setPath(
      noImprovements,
      'problems.problems',
      '仍存在一些不足，主要是：答复文书规范性有待提升。针对存在问题，2025 年我们将切实抓好以下工作：一是扎实推进依申请公开工作。',
    );
    expect(at(asPublished)).toEqual([]);
  });

  it('part 六 is complete with the fee figures (the fee sentence) or with a text that states the fees', () => {
    let d = setPath(sampleDraft(), 'otherMatters.text', '');
    expect(at(d)).toEqual([]);
    d = setPath(d, 'otherMatters.processingFees.noticesSent', null);
    expect(at(d)).toEqual([['C1', 'error', 'otherMatters.processingFees.noticesSent']]);
    expect(at(setPath(d, 'otherMatters.text', '本年度未收取信息处理费。'))).toEqual([]);
  });

  it('a blank table cell is not 0: one error per table, at its first blank cell, with the count', () => {
    let d = setPath(sampleDraft(), 'applications.results.withheld.processInfo.legal', null);
    d = setPath(d, 'applications.carriedForward.other', null);
    expect(at(d)).toEqual([['C2', 'error', 'applications.results.withheld.processInfo.legal']]);
    expect(messages(d)[0]).toMatch(/^三、收到和处理政府信息公开申请情况：表格中还有 2 个空白格没有填写/);
    expect(messages(d)[0]).toContain('空白格全部填 0');
    // The same cells as 0 are complete.
    expect(
      at(
        setPath(
          setPath(d, 'applications.results.withheld.processInfo.legal', 0),
          'applications.carriedForward.other',
          0,
        ),
      ),
    ).toEqual([]);
  });

  it('prose of only a few characters is a warning (white space not counted)', () => {
    const d = setPath(sampleDraft(), 'overview.platform', '网 站 建 设');
    expect(at(d)).toEqual([['C3', 'warning', 'overview.platform']]);
    expect(messages(d)).toEqual([
      '一、总体情况 · 政府信息公开平台建设 只有 4 个字，内容过于简略，请补充具体情况。',
    ]);
  });

  it('part 一 over 1,000 characters is a warning at its longest field, not an error', () => {
    const long = setPath(sampleDraft(), 'overview.management', '严'.repeat(1000));
    const found = completenessFindings(long);
    expect(found.map((f) => [f.rule, f.severity, f.path])).toEqual([
      ['C4', 'warning', 'overview.management'],
    ]);
    expect(found[0]?.message).toContain('超过一些省份要求的 1000 字');
    expect(checkDraft(long).some((f) => f.severity === 'error')).toBe(false);
  });

  it('proseLength counts characters without white space, astral characters once', () => {
    expect(proseLength(' 一\t二\n𠀀 ')).toBe(3);
  });

  it('checkDraft includes the completeness findings, so an empty report has errors', () => {
    const errors = checkDraft(emptyDraft('某局', 2025)).filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.rule.startsWith('C'))).toBe(true);
  });

  it('every typed number belongs to the required values of its step', () => {
    const required = [
      ...requiredPathsOf('proactive'),
      ...requiredPathsOf('applications'),
      ...requiredPathsOf('appeals'),
      ...requiredPathsOf('other'),
    ];
    for (const f of NUMERIC_FIELDS) expect(required).toContain(f.path);
    expect(requiredPathsOf('basics')).toEqual(['meta.agencyName', 'meta.year', 'meta.contact.phone']);
  });
});
