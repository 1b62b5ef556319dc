import { describe, expect, it } from 'vitest';
import { publishedFixture, withAppealsInPageOrder } from './test-support/published-fixture';
import { emptyDraft } from '../report/empty-draft';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import { serializeDraft } from '../report/restore';
import { checkDraft } from '../report/rules/check-draft';
import { readAnyFile } from './read-any-file';

const huaian = withAppealsInPageOrder(publishedFixture('huaian-city-2024.txt'));
const bytes = (s: string) => new TextEncoder().encode(s);
const errors = (findings: readonly { severity: string; rule: string; path: string }[]) =>
  findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.path]);

/** Huaian's report with table 二 left out (its heading and a sentence kept): a table that cannot be read. */
function withoutTable2(text: string): string {
  const from = text.indexOf('\n二、主动公开政府信息情况\n');
  const to = text.indexOf('\n三、收到和处理政府信息公开申请情况\n');
  if (from < 0 || to < 0) throw new Error('fixture changed');
  return `${text.slice(0, from)}\n二、主动公开政府信息情况\n本部分表格见附件。${text.slice(to)}`;
}

describe('readAnyFile', () => {
  it('a draft file: the draft and exactly checkDraft’s findings', async () => {
    const draft = emptyDraft('某局', 2025);
    const read = await readAnyFile(bytes(serializeDraft(draft)), 'a.json');
    expect(read.source).toEqual({ kind: 'draft', name: 'a.json' });
    expect(read.draft).toEqual(draft);
    expect(read.findings).toEqual(checkDraft(draft));
  });

  it('a draft file is recognised by its content whatever its name', async () => {
    const read = await readAnyFile(bytes(`\uFEFF ${serializeDraft(sampleDraft())}`), '报告');
    expect(read.source.kind).toBe('draft');
    expect(read.findings).toEqual([]);
  });

  it('passes last year’s report on to the cross-year checks', async () => {
    const previous = setPath(sampleDraft(), 'applications.carriedForward.natural', 9);
    const read = await readAnyFile(bytes(serializeDraft(sampleDraft())), 'a.json', { previous });
    expect(read.findings.map((f) => [f.rule, f.path])).toContainEqual([
      'X1',
      'applications.carriedOver.natural',
    ]);
  });

  it('a bad draft file: no draft, the restore findings, unreadable', async () => {
    const read = await readAnyFile(bytes('{'), 'c.json');
    expect(read.draft).toBeUndefined();
    expect(read.source.kind).toBe('unreadable');
    expect(read.findings[0]).toMatchObject({ rule: 'S', severity: 'error' });
  });

  it('a published report whose tables are read passes; the import account is kept', async () => {
    const read = await readAnyFile(bytes(huaian), 'huaian.txt');
    expect(read.source).toMatchObject({ kind: 'published', name: 'huaian.txt', format: 'text' });
    expect(read.draft?.meta.agencyName).toBe('淮安市人民政府');
    expect(errors(read.findings)).toEqual([]);
    if (read.source.kind === 'published') expect(read.source.import.tablesNotRead).toEqual([]);
  });

  it('printed totals that disagree are R1/R4 errors', async () => {
    const wrong = huaian.replace('\n3119\n', '\n3120\n').replace('\n351\n', '\n350\n');
    const read = await readAnyFile(bytes(wrong), 'huaian.txt');
    expect(errors(read.findings)).toEqual([
      ['R1', 'applications.newReceived.total'],
      ['R4', 'appeals.reconsideration.total'],
    ]);
  });

  it('a report whose table 二 is not there: a reading gap naming the table, never an error of the report', async () => {
    const read = await readAnyFile(bytes(withoutTable2(huaian)), 'no-table.txt');
    expect(errors(read.findings)).toEqual([]);
    const gaps = read.findings.filter((f) => f.kind === 'gap');
    expect(gaps.map((f) => f.path)).toContain('proactive');
    expect(gaps.find((f) => f.path === 'proactive')?.message).toContain(
      '“二、主动公开政府信息情况”的表格没有读到',
    );
  });

  it('a text that is no report, an empty file, a renamed image: unreadable with a Chinese reason', async () => {
    const notReport = await readAnyFile(bytes('你好，世界'), 'x.txt');
    expect(notReport.source.kind).toBe('unreadable');
    expect(notReport.findings[0]?.message).toMatch(/^这不是政府信息公开工作年度报告/);
    expect((await readAnyFile(new Uint8Array(), 'e.txt')).findings[0]?.message).toContain('文件是空的');
    const image = await readAnyFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), 'photo.png');
    expect(image.findings[0]?.message).toContain('不是文本、网页或 Word 文档');
  });
});

describe('a reading gap is never a blank the report left (issue 22: three kinds of finding)', () => {
  it('huaian as published: its two 诉讼 groups, out of order in the text, are named unread (S), not 8 blank cells (C2)', async () => {
    const read = await readAnyFile(bytes(publishedFixture('huaian-city-2024.txt')), 'huaian.txt');
    const rules = read.findings.map((f) => [f.rule, f.severity, f.path]);
    expect(rules).toContainEqual(['S', 'warning', 'appeals.litigationDirect']);
    expect(rules).toContainEqual(['S', 'warning', 'appeals.litigationAfterReconsideration']);
    expect(read.findings.filter((f) => f.rule === 'C2')).toEqual([]);
    expect(errors(read.findings)).toEqual([]);
  });
});
