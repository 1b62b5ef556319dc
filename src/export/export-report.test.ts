import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../report/empty-draft';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import type { ExportFormat, ExportResult } from './export-report';
import { EXPORT_FORMATS, exportReport } from './export-report';
import { hostileDraft, unbalancedDraft } from './test-drafts';
import { docxTables } from './test-docx-tables';
import { parseTables } from './test-html-tables';

async function contentOf(result: ExportResult): Promise<{ text: string; header: string }> {
  if (!result.ok) throw new Error('export refused');
  if (typeof result.data === 'string') return { text: result.data, header: '' };
  const zip = await JSZip.loadAsync(result.data);
  const header = (await zip.file('word/header1.xml')?.async('string')) ?? '';
  return { text: (await zip.file('word/document.xml')?.async('string')) ?? '', header };
}

describe('exportReport', () => {
  it.each([
    ['html', 'text/html;charset=utf-8'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['txt', 'text/plain;charset=utf-8'],
  ] as const)(
    'exports a balanced report as %s with its MIME type and a file name from agency and year',
    async (format, mime) => {
      const d = setPath(sampleDraft(), 'meta.agencyName', '某某县商务局');
      const result = await exportReport(d, format);
      expect(result).toMatchObject({
        ok: true,
        mimeType: mime,
        fileName: `某某县商务局2025年政府信息公开工作年度报告.${format}`,
      });
      expect((await contentOf(result)).text).toContain('某某县商务局2025年政府信息公开工作年度报告');
    },
  );

  it.each(EXPORT_FORMATS)(
    'refuses %s of a report whose 勾稽关系 is broken, with the R3 finding',
    async (format) => {
      const result = await exportReport(unbalancedDraft(), format);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.findings).toHaveLength(1);
      expect(result.findings[0]).toMatchObject({
        rule: 'R3',
        severity: 'error',
        path: 'applications.results.total.legal',
        difference: 3,
      });
    },
  );

  it.each(EXPORT_FORMATS)(
    'exports a draft copy of the broken report as %s, marked 草稿',
    async (format: ExportFormat) => {
      const result = await exportReport(unbalancedDraft(), format, { draftCopy: true });
      expect(result).toMatchObject({
        ok: true,
        fileName: `示例县人民政府办公室2025年政府信息公开工作年度报告（草稿）.${format}`,
      });
      const { text, header } = await contentOf(result);
      expect(text).toContain('草稿（未经审核，不得发布）');
      if (format === 'docx') expect(header).toContain('草稿（未经审核，不得发布）');
      // the broken figures are printed as they are: 法律服务机构 一 = 5
      expect(text).toMatch(
        format === 'txt' ? /一、本年新收政府信息公开申请数量\t40\t5\t0\t1\t5\t1\t52/ : />52</,
      );
    },
  );

  it('a final export carries no 草稿 mark', async () => {
    for (const format of EXPORT_FORMATS) {
      expect((await contentOf(await exportReport(sampleDraft(), format))).text).not.toContain('草稿');
    }
  });

  it('prints every blank cell as 0 in every format (an empty report, as a draft copy)', async () => {
    const empty = emptyDraft('空白局', 2025);
    const copy = { draftCopy: true };
    const html = await exportReport(empty, 'html', copy);
    const cells = parseTables((await contentOf(html)).text).flatMap((t) =>
      t.body.flat().filter((c) => c.tag === 'td'),
    );
    expect(cells).toHaveLength(10 + 25 * 7 + 15);
    expect(cells.every((c) => c.html === '0')).toBe(true);

    const docx = docxTables((await contentOf(await exportReport(empty, 'docx', copy))).text);
    const appeals = docx[2]?.rows[3]?.cells.map((c) => c.text);
    expect(appeals).toEqual(Array(15).fill('0'));
    const matrixValues = docx[1]?.rows.slice(3).flatMap((r) => r.cells.slice(-7).map((c) => c.text));
    expect(matrixValues).toEqual(Array(25 * 7).fill('0'));

    const txt = (await contentOf(await exportReport(empty, 'txt', copy))).text;
    expect(txt).toContain('一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n');
    expect(txt).toContain('行政事业性收费\t0\n');
  });

  it('makes a safe file name out of an agency name with markup or slashes', async () => {
    const result = await exportReport(hostileDraft(), 'txt');
    if (!result.ok) throw new Error('refused');
    expect(result.fileName).toBe(
      '_script_alert(1)__script_某某县_b_商务局__b_2025年政府信息公开工作年度报告.txt',
    );
  });
});
