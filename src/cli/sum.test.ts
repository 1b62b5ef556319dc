import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import { serializeDraft } from '../report/restore';
import { main } from './main';
import { memoryIo } from './test-io';

describe('cli sum', () => {
  it('sums the files without errors and names the ones left out', async () => {
    const good = serializeDraft(sampleDraft());
    const other = serializeDraft(setPath(sampleDraft(), 'meta.agencyName', '示例县商务局'));
    const broken = serializeDraft(setPath(sampleDraft(), 'applications.newReceived.research', 9));
    const { io, state } = memoryIo({ 'a.json': good, 'b.json': other, 'bad.json': broken, 'x.json': 'nope' });
    expect(await main(['sum', 'a.json', 'b.json', 'bad.json', 'x.json'], io)).toBe(0);
    // two samples: 一 自然人 40 × 2 … 总计 49 × 2
    expect(state.out).toContain('一、本年新收政府信息公开申请数量\t80\t10\t0\t2\t4\t2\t98\n');
    expect(state.out).toContain('项目\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n');
    expect(state.err).toContain('已汇总 2 个文件');
    expect(state.err).toContain('bad.json（有 1 个错误）');
    expect(state.err).toContain('x.json');
  });

  it('counts one report per unit and one year, and says what it left out', async () => {
    const d = sampleDraft();
    const older = serializeDraft(setPath(setPath(d, 'meta.year', 2021), 'meta.agencyName', '示例县商务局'));
    const { io, state } = memoryIo({ 'a.json': serializeDraft(d), 'old.json': older });
    expect(await main(['sum', 'a.json', 'a.json', 'old.json'], io)).toBe(0);
    // the example once: 一 自然人 40, 总计 49
    expect(state.out).toContain('一、本年新收政府信息公开申请数量\t40\t5\t0\t1\t2\t1\t49\n');
    expect(state.err).toContain('已汇总 1 个文件（2025 年）');
    expect(state.err).toContain(
      'a.json（与 a.json 是同一单位（示例县人民政府办公室）的报告，每个单位只计一份：计入了最新的那份）',
    );
    expect(state.err).toContain('old.json（2021 年的报告，与汇总年度 2025 年不同）');
  });

  it('of two reports of one unit counts the approved one', async () => {
    const d = sampleDraft();
    const at = '2026-01-10T09:00:00+08:00';
    const approved = {
      ...d,
      review: {
        status: 'approved' as const,
        comments: [],
        history: [
          { status: 'submitted' as const, by: '甲', at },
          { status: 'approved' as const, by: '乙', at },
        ],
      },
    };
    const newer = setPath(d, 'proactive.licensing', 9999);
    const { io, state } = memoryIo({
      'ok.json': serializeDraft(approved),
      'new.json': serializeDraft(newer),
    });
    expect(await main(['sum', 'ok.json', 'new.json'], io)).toBe(0);
    expect(state.out).toContain('一、本年新收政府信息公开申请数量\t40\t');
    expect(state.err).toContain(
      'new.json（与 ok.json 是同一单位（示例县人民政府办公室）的报告，每个单位只计一份：计入了已审核通过的那份）',
    );
  });

  it('--csv prints CSV with a BOM', async () => {
    const { io, state } = memoryIo({ 'a.json': serializeDraft(sampleDraft()) });
    await main(['sum', '--csv', 'a.json'], io);
    expect(state.out.startsWith('\uFEFF表格,项目,')).toBe(true);
  });
});
