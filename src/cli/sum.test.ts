import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import { serializeDraft } from '../report/restore';
import { main } from './main';
import { memoryIo } from './test-io';

describe('cli sum', () => {
  it('sums the files without errors and names the ones left out', async () => {
    const good = serializeDraft(sampleDraft());
    const broken = serializeDraft(setPath(sampleDraft(), 'applications.newReceived.research', 9));
    const { io, state } = memoryIo({ 'a.json': good, 'b.json': good, 'bad.json': broken, 'x.json': 'nope' });
    expect(await main(['sum', 'a.json', 'b.json', 'bad.json', 'x.json'], io)).toBe(0);
    // two samples: 一 自然人 40 × 2 … 总计 49 × 2
    expect(state.out).toContain('一、本年新收政府信息公开申请数量\t80\t10\t0\t2\t4\t2\t98\n');
    expect(state.out).toContain('项目\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n');
    expect(state.err).toContain('已汇总 2 个文件');
    expect(state.err).toContain('bad.json（有 1 个错误）');
    expect(state.err).toContain('x.json');
  });

  it('--csv prints CSV with a BOM', async () => {
    const { io, state } = memoryIo({ 'a.json': serializeDraft(sampleDraft()) });
    await main(['sum', '--csv', 'a.json'], io);
    expect(state.out.startsWith('\uFEFF表格,项目,')).toBe(true);
  });
});
