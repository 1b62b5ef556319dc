import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import { serializeDraft } from '../report/restore';
import { main } from './main';
import { memoryIo } from './test-io';

const balanced = serializeDraft(sampleDraft());
const broken = serializeDraft(setPath(sampleDraft(), 'applications.newReceived.legal', 5));

describe('cli export', () => {
  it('writes the HTML report to -o and exits 0', async () => {
    const { io, state, written } = memoryIo({ 'a.json': balanced });
    expect(await main(['export', 'a.json', '--format', 'html', '-o', 'out.html'], io)).toBe(0);
    const html = written.get('out.html');
    expect(typeof html).toBe('string');
    expect(html).toContain(
      '<h1 class="report-title">示例县人民政府办公室<wbr>2025年<wbr>政府信息公开<wbr>工作年度报告</h1>',
    );
    expect(state.out).toContain('out.html');
  });

  it('writes a .docx whose document holds the three tables', async () => {
    const { io, written } = memoryIo({ 'a.json': balanced });
    expect(await main(['export', 'a.json', '--format', 'docx', '-o', 'r.docx'], io)).toBe(0);
    const bytes = written.get('r.docx');
    if (!(bytes instanceof Uint8Array)) throw new Error('no bytes written');
    const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
  });

  it('names the file after agency and year when -o is left out', async () => {
    const { io, written } = memoryIo({ 'a.json': balanced });
    expect(await main(['export', 'a.json', '--format', 'txt'], io)).toBe(0);
    expect([...written.keys()]).toEqual(['示例县人民政府办公室2025年政府信息公开工作年度报告.txt']);
  });

  it('refuses a report with a broken 勾稽关系: exit 1, the finding printed, nothing written', async () => {
    const { io, state, written } = memoryIo({ 'b.json': broken });
    expect(await main(['export', 'b.json', '--format', 'html', '-o', 'out.html'], io)).toBe(1);
    expect(written.size).toBe(0);
    expect(state.err).toContain('错误 R3 applications.results.total.legal：');
    expect(state.err).toContain('--draft');
  });

  it('with --draft exports the broken report marked 草稿', async () => {
    const { io, written } = memoryIo({ 'b.json': broken });
    expect(await main(['export', 'b.json', '--format', 'txt', '-o', 'd.txt', '--draft'], io)).toBe(0);
    expect(String(written.get('d.txt')).split('\n')[0]).toBe('草稿（未经审核，不得发布）');
  });

  it('an unreadable draft file exits 1 with the reason', async () => {
    const { io, state } = memoryIo({ 'x.json': '{oops' });
    expect(await main(['export', 'x.json', '--format', 'html', '-o', 'o.html'], io)).toBe(1);
    expect(await main(['export', 'missing.json', '--format', 'html', '-o', 'o.html'], io)).toBe(1);
    expect(state.err).toContain('文件不存在：missing.json');
  });

  it.each([
    [['export', '--format', 'html']],
    [['export', 'a.json']],
    [['export', 'a.json', '--format', 'pdf']],
    [['export', 'a.json', 'b.json', '--format', 'html']],
    [['export', 'a.json', '--format']],
    [['export', 'a.json', '--format', 'html', '--bogus']],
  ])('wrong usage %j exits 2 with the usage line', async (argv) => {
    const { io, state } = memoryIo({ 'a.json': balanced });
    expect(await main(argv, io)).toBe(2);
    expect(state.err.length).toBeGreaterThan(0);
  });
});
