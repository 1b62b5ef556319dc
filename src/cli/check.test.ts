import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../report/empty-draft';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { checkDraft } from '../report/rules/check-draft';
import { setPath } from '../report/paths';
import { serializeDraft } from '../report/restore';
import { main } from './main';
import { memoryIo } from './test-io';

const FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'fixtures/published');
const balanced = serializeDraft(sampleDraft());
const brokenLegal = serializeDraft(setPath(sampleDraft(), 'applications.newReceived.legal', 5));

interface JsonReport {
  files: {
    file: string;
    ok: boolean;
    errors: { rule: string; path: string; difference?: number }[];
    warnings: unknown[];
  }[];
}

describe('cli check', () => {
  it('a balanced draft: no findings, exit 0', async () => {
    const { io, state } = memoryIo({ 'a.json': balanced });
    expect(await main(['check', '--json', 'a.json'], io)).toBe(0);
    const report = JSON.parse(state.out) as JsonReport;
    expect(report).toEqual({
      files: [
        { file: 'a.json', ok: true, outcome: 'pass', errors: [], warnings: [], gaps: [], notNeeded: [] },
      ],
    });
  });

  it('an empty new draft: exit 1 with the same completeness errors as the app (checkDraft)', async () => {
    const empty = emptyDraft('某局', 2025);
    const { io, state } = memoryIo({ 'empty.json': serializeDraft(empty) });
    expect(await main(['check', '--json', 'empty.json'], io)).toBe(1);
    const report = JSON.parse(state.out) as JsonReport;
    const expected = checkDraft(empty).filter((f) => f.severity === 'error');
    expect(report.files[0]?.errors).toEqual(expected);
    expect(report.files[0]?.errors.map((e) => e.path)).toContain('problems.problems');
    expect(report.files[0]?.errors.every((e) => e.rule === 'C1' || e.rule === 'C2')).toBe(true);
  });

  it('one broken 勾稽关系 column: exactly one R3 for it with the difference, exit 1', async () => {
    const { io, state } = memoryIo({ 'b.json': brokenLegal });
    expect(await main(['check', '--json', 'b.json'], io)).toBe(1);
    const report = JSON.parse(state.out) as JsonReport;
    const errors = report.files[0]?.errors ?? [];
    expect(errors).toHaveLength(1);
    // sample 法律服务机构: 一 2 → 5, 二 0; （七） 1 + 四 1 → difference 5 − 2 = 3
    expect(errors[0]).toMatchObject({ rule: 'R3', path: 'applications.results.total.legal', difference: 3 });
  });

  it('bad files are findings of their own and the remaining files are still checked', async () => {
    const negative = JSON.stringify(setPath(sampleDraft(), 'appeals.litigationDirect.pending', -1));
    const unknownKey = JSON.stringify({ ...sampleDraft(), note: 'x' });
    const newer = JSON.stringify({ ...sampleDraft(), version: 99 });
    const { io, state } = memoryIo({
      'n.json': negative,
      'u.json': unknownKey,
      'x.json': '{oops',
      'v.json': newer,
      'ok.json': balanced,
    });
    const code = await main(
      ['check', '--json', 'n.json', 'u.json', 'x.json', 'v.json', 'missing.json', 'ok.json'],
      io,
    );
    expect(code).toBe(1);
    const report = JSON.parse(state.out) as JsonReport;
    const summary = report.files.map((f) => [f.file, f.ok, f.errors.map((e) => `${e.rule}:${e.path}`)]);
    expect(summary).toEqual([
      ['n.json', false, ['R5:appeals.litigationDirect.pending']],
      ['u.json', false, ['S:note']],
      ['x.json', false, ['S:']],
      ['v.json', false, ['S:version']],
      ['missing.json', false, ['S:']],
      ['ok.json', true, []],
    ]);
  });

  it('--previous adds the cross-year warnings X1/X2 without failing the file', async () => {
    const last = sampleDraft();
    const thisYear = setPath(
      setPath(sampleDraft(), 'meta.year', 2026),
      'applications.carriedOver.natural',
      7,
    );
    const { io, state } = memoryIo({
      'last.json': serializeDraft(last),
      'now.json': serializeDraft(thisYear),
    });
    await main(['check', '--json', '--previous', 'last.json', 'now.json'], io);
    const report = JSON.parse(state.out) as JsonReport;
    const warnings = report.files[0]?.warnings as { rule: string; path: string }[];
    expect(warnings.map((w) => `${w.rule}:${w.path}`)).toContain('X1:applications.carriedOver.natural');
    expect(warnings.some((w) => w.rule === 'X2')).toBe(true);
  });

  it('prints readable Chinese text without --json', async () => {
    const { io, state } = memoryIo({ 'b.json': brokenLegal });
    await main(['check', 'b.json'], io);
    // legal 2 → 5 makes 一 52, while the sample's prose says 收到申请 49 件: the one warning (P1).
    expect(state.out).toContain('✗ b.json：1 个错误，1 个警告');
    expect(state.out).toContain('错误 R3 applications.results.total.legal：“法律服务机构”列勾稽关系不成立');
    // The layout's words for the rows: in the 法律服务机构 column, 一 + 二 is 5 and （七）总计 + 四 is 2.
    expect(state.out).toContain('第一项加第二项之和为 5，第三项（七）总计加第四项之和为 2，');
  });

  it('wrong usage exits 2 with a message', async () => {
    const { io, state } = memoryIo({});
    expect(await main(['check'], io)).toBe(2);
    expect(state.err).toContain('用法');
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(await main(['check', '--bogus', 'a.json'], io)).toBe(2);
  });
});

describe('cli check: old text and old rules (Y1, Y2) in a published report', () => {
  it('a 2024 report whose part 一 opens with 2023年 and cites the 2019 format passes with both warnings', async () => {
    const text = readFileSync(path.join(FIXTURE_DIR, 'haiyuan-jiguan-2024.txt'), 'utf8');
    const at = text.indexOf('\n', text.indexOf('一、总体情况')) + 1;
    const copied = `${text.slice(0, at)}2023年，我中心认真贯彻落实《条例》，依照国办公开办函〔2019〕60号编制报告。\n${text.slice(at)}`;
    const { io, state } = memoryIo({ 'old.txt': copied });
    expect(await main(['check', '--json', 'old.txt'], io)).toBe(0);
    const report = JSON.parse(state.out) as { files: { warnings: { rule: string; message: string }[] }[] };
    const old = report.files[0]?.warnings.filter((w) => w.rule === 'Y1' || w.rule === 'Y2') ?? [];
    expect(old.map((w) => w.rule)).toEqual(['Y1', 'Y2']);
    expect(old[0]?.message).toContain('写的是 2023 年，本报告是 2024 年度');
  });
});

describe('cli check: exit codes by the three kinds of finding (README)', () => {
  const fixture = (name: string) => readFileSync(path.join(FIXTURE_DIR, name), 'utf8');

  it('0: a clean published report, fully read (海原县 2024)', async () => {
    const { io, state } = memoryIo({ 'haiyuan.txt': fixture('haiyuan-jiguan-2024.txt') });
    expect(await main(['check', 'haiyuan.txt'], io)).toBe(0);
    expect(state.out).toContain('✓ haiyuan.txt：通过，0 个警告');
  });

  it('3: no error of the report but a reading gap — the county report’s title is only “2023”', async () => {
    const { io, state } = memoryIo({ 'county.txt': fixture('county-jiguan-2023.txt') });
    expect(await main(['check', '--json', 'county.txt'], io)).toBe(3);
    const file = (JSON.parse(state.out) as { files: Record<string, unknown>[] }).files[0];
    expect(file).toMatchObject({ ok: true, outcome: 'pass-with-gaps', errors: [] });
    expect(file?.gaps).toEqual([
      expect.objectContaining({
        kind: 'gap',
        path: 'meta.agencyName',
        message: expect.stringContaining('（原文“2023”）'),
      }),
    ]);
  });

  it('1: an error of the report wins over a file that could not be read and over reading gaps', async () => {
    const { io } = memoryIo({
      'b.json': brokenLegal,
      'x.txt': '你好',
      'county.txt': fixture('county-jiguan-2023.txt'),
    });
    expect(await main(['check', 'county.txt', 'x.txt', 'b.json'], io)).toBe(1);
  });

  it('4: a file that is no report (and no other file with errors); 3 and 0 files beside it do not hide it', async () => {
    const { io, state } = memoryIo({ 'x.txt': '你好', 'county.txt': fixture('county-jiguan-2023.txt') });
    expect(await main(['check', 'county.txt', 'x.txt'], io)).toBe(4);
    expect(state.out).toContain('✗ x.txt：无法读取');
    expect(state.out).toContain('共检查 2 个文件：0 个通过，1 个通过但有未能读取之处，1 个无法读取。');
  });
});

describe('cli check: the figures stated in a published report’s prose (P1)', () => {
  const text = readFileSync(path.join(FIXTURE_DIR, 'huaian-city-2024.txt'), 'utf8');
  const stated = '全市共受理政府信息公开申请 3119 件';

  it('a report whose prose agrees with its tables (受理 3119, 结转 34 and 103, 复议 351…) has no P1', async () => {
    const { io, state } = memoryIo({ 'huaian.txt': text });
    await main(['check', '--json', 'huaian.txt'], io);
    const report = JSON.parse(state.out) as { files: { warnings: { rule: string }[] }[] };
    expect(report.files[0]?.warnings.filter((w) => w.rule === 'P1')).toEqual([]);
  });

  it('受理申请 3120 件 where table 三 prints 3119: listed at the sentence, naming 3119, as a warning', async () => {
    expect(text).toContain(stated);
    const changed = text.replace(stated, '全市共受理政府信息公开申请 3120 件');
    const { io, state } = memoryIo({ 'huaian.txt': changed });
    // 3: passes; its two 诉讼 groups, out of order in the text, are reading gaps.
    expect(await main(['check', 'huaian.txt'], io)).toBe(3);
    expect(state.out).toContain(
      '警告 P1 overview.onRequest：文字说明“受理政府信息公开申请 3120 件”，但第三部分表格中“一、本年新收政府信息公开申请数量”一行的“总计”为 3119 件（“二、上年结转政府信息公开申请数量”一行的“总计”为 34 件，两者合计 3153 件），请核对。',
    );
  });
});
