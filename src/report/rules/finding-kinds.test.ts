import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../empty-draft';
import { sampleDraft } from '../fixtures/sample-draft';
import { findingKind, verdictOf, verdictText } from '../findings';
import type { Finding } from '../findings';
import { setPath } from '../paths';
import type { Provenance } from '../provenance';
import type { Draft } from '../schema';
import { checkDraft } from './check-draft';

const NONE: Provenance = { gaps: [], notStated: [] };
const kinds = (fs: readonly Finding[]) => fs.map((f) => [findingKind(f), f.rule, f.severity, f.path]);
const clearRow = (d: Draft, row: string) =>
  ['natural', 'commercial', 'research', 'social', 'legal', 'other'].reduce(
    (acc, col) => setPath(acc, `applications.${row}.${col}`, null),
    d,
  );

describe('three kinds of finding, decided in checkDraft (issue 22)', () => {
  it('a draft written in the app keeps today’s completeness rules: blanks are “还没有填写” errors', () => {
    const found = checkDraft(emptyDraft('某局', 2025));
    expect(found.every((f) => findingKind(f) === 'report')).toBe(true);
    expect(found.find((f) => f.path === 'meta.contact.phone')).toMatchObject({
      rule: 'C1',
      severity: 'error',
      message: '基本信息 · 联系电话 还没有填写。',
    });
    expect(verdictOf(found).outcome).toBe('errors');
  });

  it('(a) the report’s own error: a broken 勾稽关系 stays an error of the report with provenance', () => {
    const d = setPath(sampleDraft(), 'applications.newReceived.legal', 5);
    const found = checkDraft(d, { provenance: NONE });
    expect(kinds(found.filter((f) => f.severity === 'error'))).toEqual([
      ['report', 'R3', 'error', 'applications.results.total.legal'],
    ]);
    expect(found.every((f) => findingKind(f) === 'report')).toBe(true);
    expect(verdictText(verdictOf(found))).toBe('1 个错误');
  });

  it('(a) a part absent from a published report’s text is an error of the report, said as 原文中没有写明', () => {
    const d = setPath(setPath(sampleDraft(), 'problems.problems', ''), 'problems.improvements', '');
    const found = checkDraft(d, { provenance: NONE });
    expect(found).toEqual([
      {
        rule: 'C1',
        severity: 'error',
        path: 'problems.problems',
        message: '五、存在的主要问题及改进情况 原文中没有写明。',
      },
    ]);
  });

  it('(b) a reading gap: named with the excerpt, never “还没有填写”, no C2 and no R3 on the unread row, 通过（1 处未能读取）', () => {
    const d = clearRow(sampleDraft(), 'results.disclosed');
    expect(checkDraft(d).map((f) => f.rule)).toEqual(expect.arrayContaining(['C2', 'R3']));
    const provenance: Provenance = {
      gaps: [
        { path: 'applications.results.disclosed', what: '“（一）予以公开”的数字连在一起', excerpt: '5730' },
      ],
      notStated: [],
    };
    const found = checkDraft(d, { provenance });
    expect(kinds(found)).toEqual([['gap', 'S', 'warning', 'applications.results.disclosed']]);
    expect(found[0]?.message).toBe(
      '未能读取：“（一）予以公开”的数字连在一起（原文“5730”），请对照原文核对，这不是报告的错误。',
    );
    expect(found.some((f) => f.message.includes('还没有填写'))).toBe(false);
    expect(verdictText(verdictOf(found))).toBe('通过（1 处未能读取）');
  });

  it('(c) what a published report need not state: the fee counts when it says no fee was charged', () => {
    let d = sampleDraft();
    for (const k of ['noticesSent', 'noticesAmount', 'collectedAmount'])
      d = setPath(d, `otherMatters.processingFees.${k}`, null);
    d = setPath(d, 'otherMatters.text', '无其他需要报告的事项。');
    expect(checkDraft(d).filter((f) => f.rule === 'C1')).toHaveLength(3);
    const provenance: Provenance = {
      gaps: [],
      notStated: [{ path: 'otherMatters.processingFees', why: '报告已写明信息处理费情况' }],
    };
    const found = checkDraft(d, { provenance });
    expect(kinds(found)).toEqual([['not-needed', 'C1', 'warning', 'otherMatters.processingFees']]);
    expect(verdictOf(found)).toEqual({ outcome: 'pass', gaps: 0 });
  });

  it('a published report without the fee statement in its text: one error of the report', () => {
    let d = sampleDraft();
    for (const k of ['noticesSent', 'noticesAmount', 'collectedAmount'])
      d = setPath(d, `otherMatters.processingFees.${k}`, null);
    d = setPath(d, 'otherMatters.text', '无其他需要报告的事项。');
    const found = checkDraft(d, { provenance: NONE });
    expect(kinds(found)).toEqual([['report', 'C1', 'error', 'otherMatters.processingFees.noticesSent']]);
    expect(found[0]?.message).toContain('原文中没有写明');
  });

  it('a published report: a missing phone or part-一 topic is a warning of the report, never an error', () => {
    const d = setPath(setPath(sampleDraft(), 'meta.contact.phone', ''), 'overview.oversight', '');
    const found = checkDraft(d, { provenance: NONE });
    expect(kinds(found)).toEqual([
      ['report', 'C1', 'warning', 'meta.contact.phone'],
      ['report', 'C1', 'warning', 'overview.oversight'],
    ]);
    expect(verdictOf(found).outcome).toBe('pass');
  });
});
