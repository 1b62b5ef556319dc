import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withAppealsInPageOrder } from '../import/test-support/published-fixture';
import { restoreDraft } from '../report/restore';
import { main } from './main';
import { memoryIo } from './test-io';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'fixtures/published');
const huaian = withAppealsInPageOrder(readFileSync(path.join(FIXTURES, 'huaian-city-2024.txt'), 'utf8'));
const pingluo = readFileSync(path.join(FIXTURES, 'pingluo-jiguan-2021.txt'), 'utf8');
const wrongTotals = huaian.replace('\n3119\n', '\n3120\n').replace('\n351\n', '\n350\n');

interface ImportJson {
  draft: { meta: { agencyName: string; year: number }; applications: { newReceived: { natural: number } } };
  layout: string;
  unmapped: unknown[];
  mismatches: { path: string; printed: number; computed: number }[];
  blanks: string[];
}

describe('cli import', () => {
  it('--json prints { draft, layout, unmapped, mismatches } and exits 0', async () => {
    const { io, state } = memoryIo({ 'huaian.txt': wrongTotals });
    expect(await main(['import', '--json', 'huaian.txt'], io)).toBe(0);
    const out = JSON.parse(state.out) as ImportJson;
    expect(out.layout).toBe('2021');
    expect(out.draft.meta).toMatchObject({ agencyName: '淮安市人民政府', year: 2024 });
    expect(out.draft.applications.newReceived.natural).toBe(3001);
    expect(out.unmapped).toEqual([]);
    expect(out.mismatches).toEqual([
      { path: 'applications.newReceived.total', printed: 3120, computed: 3119 },
      { path: 'appeals.reconsideration.total', printed: 350, computed: 351 },
    ]);
  });

  it('-o writes a draft file that restoreDraft opens; the text summary is in Chinese', async () => {
    const { io, state, written } = memoryIo({ 'pingluo.txt': pingluo });
    expect(await main(['import', 'pingluo.txt', '-o', 'draft.json'], io)).toBe(0);
    const saved = written.get('draft.json');
    expect(typeof saved).toBe('string');
    const restored = restoreDraft(saved as string);
    expect(restored.ok && restored.draft.meta.agencyName).toBe('平罗县机关事务服务中心');
    expect(state.out).toContain('平罗县机关事务服务中心 2021 年报告，按 2021 年版格式');
    expect(state.out).toContain('其中 158 个空白单元格按 0 导入');
    expect(state.out).toContain('印制的合计与重新计算的合计一致');
    expect(state.out).toContain('草稿已保存到 draft.json');
  });

  it('lists mismatches in the text summary', async () => {
    const { io, state } = memoryIo({ 'huaian.txt': wrongTotals });
    await main(['import', 'huaian.txt'], io);
    expect(state.out).toContain('印制的合计与重新计算不一致：2 处');
    expect(state.out).toContain('（applications.newReceived.total）');
    expect(state.out).toContain('印为 3120，按各项相加应为 3119');
  });

  it('a file that is not a report: exit 1 with the message, nothing written', async () => {
    const { io, state, written } = memoryIo({
      'notes.txt': '下周一开会。',
      'pic.docx': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
    });
    expect(await main(['import', 'notes.txt', '-o', 'd.json'], io)).toBe(1);
    expect(state.err).toContain('这不是政府信息公开工作年度报告');
    expect(written.size).toBe(0);
    expect(await main(['import', '--json', 'pic.docx'], io)).toBe(1);
    expect(JSON.parse(state.out)).toEqual({ ok: false, message: expect.stringContaining('不是 Word 文档') });
    expect(await main(['import', 'missing.txt'], io)).toBe(1);
    expect(state.err).toContain('文件不存在');
  });

  it('wrong usage exits 2', async () => {
    const { io, state } = memoryIo({});
    expect(await main(['import'], io)).toBe(2);
    expect(await main(['import', 'a.txt', 'b.txt'], io)).toBe(2);
    expect(state.err).toContain('用法：import');
  });
});

describe('cli check on published reports', () => {
  it('a report whose printed totals are right passes like a draft', async () => {
    const { io, state } = memoryIo({ 'huaian.txt': huaian });
    expect(await main(['check', '--json', 'huaian.txt'], io)).toBe(0);
    expect(JSON.parse(state.out)).toMatchObject({ files: [{ file: 'huaian.txt', ok: true, errors: [] }] });
  });

  it('printed totals that disagree are R1/R4 errors with printed and computed; exit 1', async () => {
    const { io, state } = memoryIo({ 'huaian.txt': wrongTotals });
    expect(await main(['check', '--json', 'huaian.txt'], io)).toBe(1);
    const report = JSON.parse(state.out) as {
      files: { errors: { rule: string; path: string; printed: number; computed: number }[] }[];
    };
    expect(report.files[0]?.errors.map((e) => [e.rule, e.path, e.printed, e.computed])).toEqual([
      ['R1', 'applications.newReceived.total', 3120, 3119],
      ['R4', 'appeals.reconsideration.total', 350, 351],
    ]);
  });

  it('a report whose table 二 is not there: a reading gap naming that table, 通过（1 处未能读取）, exit 3', async () => {
    const from = huaian.indexOf('\n二、主动公开政府信息情况\n');
    const to = huaian.indexOf('\n三、收到和处理政府信息公开申请情况\n');
    const noTable = `${huaian.slice(0, from)}\n二、主动公开政府信息情况\n本部分表格见附件。${huaian.slice(to)}`;
    const { io, state } = memoryIo({ 'bare.txt': noTable });
    expect(await main(['check', 'bare.txt'], io)).toBe(3);
    expect(state.out).toContain('✓ bare.txt：通过（1 处未能读取）');
    expect(state.out).toContain(
      '未能读取：“二、主动公开政府信息情况”的表格没有读到（表格可能是图片，或印法无法识别）（原文“本部分表格见附件。”）',
    );
    expect(state.out).toContain('1 个通过但有未能读取之处');
  });

  it('an .html report is imported before checking; a non-report is an S error and exit 4 (unreadable)', async () => {
    const html = `<html><body>${huaian
      .split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('')}</body></html>`;
    const { io, state } = memoryIo({ 'r.html': html, 'x.txt': '你好' });
    expect(await main(['check', '--json', 'r.html', 'x.txt'], io)).toBe(4);
    const report = JSON.parse(state.out) as {
      files: { file: string; ok: boolean; errors: { rule: string }[] }[];
    };
    expect(report.files.map((f) => [f.file, f.ok, f.errors.map((e) => e.rule)])).toEqual([
      ['r.html', true, []],
      ['x.txt', false, ['S']],
    ]);
  });
});
