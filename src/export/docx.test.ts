import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { renderReportDocx } from './docx';
import { buildReportDocument } from './report-document';
import { HOSTILE_AGENCY, hostileDraft } from './test-drafts';
import type { DocxTable } from './test-docx-tables';
import { docxTables, mergeColumn } from './test-docx-tables';

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const files = Object.keys(zip.files);
  const headers = await Promise.all(files.filter((f) => /^word\/header\d*\.xml$/.test(f)).map(read));
  const footers = await Promise.all(files.filter((f) => /^word\/footer\d*\.xml$/.test(f)).map(read));
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    headers,
    footers,
  };
}

type Unzipped = Awaited<ReturnType<typeof unzip>>;
let file: Unzipped;
let tables: DocxTable[];

beforeAll(async () => {
  file = await unzip(await renderReportDocx(buildReportDocument(sampleDraft())));
  tables = docxTables(file.document);
});

const table = (i: number): DocxTable => {
  const t = tables[i];
  if (!t) throw new Error(`no table ${i}`);
  return t;
};
const texts = (t: DocxTable, row: number) => t.rows[row]?.cells.map((c) => c.text);
const spans = (t: DocxTable, row: number) =>
  t.rows[row]?.cells.map((c) => [c.text, c.gridSpan, c.vMerge ?? '-']);
const countMerges = (t: DocxTable, kind: 'restart' | 'continue') =>
  t.rows.flatMap((r) => r.cells).filter((c) => c.vMerge === kind).length;
const bodyRow = (t: DocxTable, label: string) => t.rows.find((r) => r.cells.some((c) => c.text === label));

describe('the Word export', () => {
  it('is a .docx with an A4 page and GB/T 9704 margins', () => {
    expect(file.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(file.document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('has three real tables, each row covering the full grid (4, 10 and 15 columns)', () => {
    expect(file.document.match(/<w:tbl>/g)).toHaveLength(3);
    expect(tables.map((t) => t.gridColumns)).toEqual([4, 10, 15]);
    tables.forEach((t) => {
      for (const r of t.rows) expect(r.cells.reduce((n, c) => n + c.gridSpan, 0)).toBe(t.gridColumns);
    });
  });

  it('table 二: block headings over 4 columns, single-value blocks merged over 3, no header rows', () => {
    const t = table(0);
    expect(t.rows).toHaveLength(14);
    expect(spans(t, 0)).toEqual([['第二十条第（一）项', 4, '-']]);
    expect(texts(t, 1)).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(texts(t, 2)).toEqual(['规章', '1', '0', '12']);
    expect(spans(t, 6)).toEqual([
      ['行政许可', 1, '-'],
      ['1523', 3, '-'],
    ]);
    expect(texts(t, 13)).toEqual(['行政事业性收费', '12.3456']);
    expect(t.rows.some((r) => r.header)).toBe(false);
    expect(countMerges(t, 'restart') + countMerges(t, 'continue')).toBe(0);
  });

  it('table 二: each 第二十条 block is kept on one page (rows kept with the next, but a block’s last)', () => {
    // blocks: （一） heading + columns + 2 rows, （五） 3 rows, （六） 4 rows, （八） 3 rows
    const kept = table(0).rows.map((r) => r.keepNext);
    const block = (n: number) => [...Array(n - 1).fill(true), false];
    expect(kept).toEqual([...block(4), ...block(3), ...block(4), ...block(3)]);
  });

  it('tables 三 and 四: header rows kept with the first body row; the matrix body may break between rows', () => {
    const t = table(1);
    expect(t.rows.slice(0, 3).every((r) => r.keepNext)).toBe(true);
    expect(t.rows.slice(3).some((r) => r.keepNext)).toBe(false);
    expect(table(2).rows.map((r) => r.keepNext)).toEqual([true, true, true, false]);
  });

  it('table 三 header: corner over 3 columns and 3 rows, 申请人情况 over 7, 法人或其他组织 over 5; repeated rows', () => {
    const t = table(1);
    expect(spans(t, 0)).toEqual([
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 'restart'],
      ['申请人情况', 7, '-'],
    ]);
    expect(spans(t, 1)).toEqual([
      ['', 3, 'continue'],
      ['自然人', 1, 'restart'],
      ['法人或其他组织', 5, '-'],
      ['总计', 1, 'restart'],
    ]);
    expect(spans(t, 2)).toEqual([
      ['', 3, 'continue'],
      ['', 1, 'continue'],
      ['商业企业', 1, '-'],
      ['科研机构', 1, '-'],
      ['社会公益组织', 1, '-'],
      ['法律服务机构', 1, '-'],
      ['其他', 1, '-'],
      ['', 1, 'continue'],
    ]);
    expect(t.rows.map((r) => r.header)).toEqual([true, true, true, ...Array(25).fill(false)]);
    expect(t.rows.every((r) => r.cantSplit)).toBe(true);
  });

  it('table 三 body: 三、本年度办理结果 restarts once with 21 continues in the first label column', () => {
    const t = table(1);
    expect(t.rows).toHaveLength(28);
    const first = mergeColumn(t, 0).slice(3);
    expect(first).toEqual(['-', '-', 'restart', ...Array(21).fill('continue'), '-']);
    expect(bodyRow(t, '三、本年度办理结果')?.cells[0]).toMatchObject({
      text: '三、本年度办理结果',
      gridSpan: 1,
      vMerge: 'restart',
    });
    expect(bodyRow(t, '一、本年新收政府信息公开申请数量')?.cells[0]?.gridSpan).toBe(3);
    expect(bodyRow(t, '四、结转下年度继续办理')?.cells[0]?.gridSpan).toBe(3);
  });

  it('table 三 body: （三）8 rows, （四）3, （五）5, （六）3 merged in the second label column; （一）（二）（七） over 2', () => {
    const t = table(1);
    const second = mergeColumn(t, 1).slice(3);
    const run = (n: number) => ['restart', ...Array(n - 1).fill('continue')];
    // rows: 一 二 （一） （二） （三）×8 （四）×3 （五）×5 （六）×3 （七） 四 — 一/二/四 start at column 0, （一）（二）（七） at 1 unmerged
    expect(second).toEqual(['-', '-', '-', '-', ...run(8), ...run(3), ...run(5), ...run(3), '-', '-']);
    expect(bodyRow(t, '（三）不予公开')?.cells[1]).toMatchObject({
      text: '（三）不予公开',
      vMerge: 'restart',
    });
    expect(bodyRow(t, '（一）予以公开')?.cells[1]).toMatchObject({ gridSpan: 2 });
    expect(bodyRow(t, '（七）总计')?.cells[1]).toMatchObject({ gridSpan: 2 });
    expect(countMerges(t, 'restart')).toBe(3 + 5);
    expect(countMerges(t, 'continue')).toBe(2 + 1 + 1 + 21 + 7 + 2 + 4 + 2);
  });

  it('table 三: numbers and totals (summed by hand from the sample)', () => {
    const t = table(1);
    const values = (label: string) =>
      bodyRow(t, label)
        ?.cells.slice(-7)
        .map((c) => c.text);
    expect(values('一、本年新收政府信息公开申请数量')).toEqual(['40', '5', '0', '1', '2', '1', '49']);
    expect(values('二、上年结转政府信息公开申请数量')).toEqual(['3', '1', '0', '0', '0', '0', '4']);
    expect(values('1.本机关不掌握相关政府信息')).toEqual(['9', '1', '0', '1', '0', '0', '11']);
    expect(values('（七）总计')).toEqual(['40', '4', '0', '1', '1', '1', '47']);
    expect(values('四、结转下年度继续办理')).toEqual(['3', '2', '0', '0', '1', '0', '6']);
  });

  it('table 四: 行政复议 over 5, 行政诉讼 over 10, the 行政复议 outcomes merged over 2 header rows, the 15 numbers', () => {
    const t = table(2);
    expect(spans(t, 0)).toEqual([
      ['行政复议', 5, '-'],
      ['行政诉讼', 10, '-'],
    ]);
    expect(spans(t, 1)).toEqual([
      ['结果维持', 1, 'restart'],
      ['结果纠正', 1, 'restart'],
      ['其他结果', 1, 'restart'],
      ['尚未审结', 1, 'restart'],
      ['总计', 1, 'restart'],
      ['未经复议直接起诉', 5, '-'],
      ['复议后起诉', 5, '-'],
    ]);
    expect(t.rows[2]?.cells.slice(0, 5).map((c) => c.vMerge)).toEqual(Array(5).fill('continue'));
    expect(texts(t, 2)?.slice(5)).toEqual(
      Array(2).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat(),
    );
    expect(texts(t, 3)).toEqual(['2', '1', '0', '1', '4', '1', '0', '0', '1', '2', '0', '0', '0', '0', '0']);
    expect(t.rows.map((r) => r.header)).toEqual([true, true, true, false]);
  });

  it('has the title, the six headings as Heading 1 and part 一’s sub-headings as Heading 2', () => {
    const paragraphs = [...file.document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1] ?? '');
    const styled = (style: string) =>
      paragraphs
        .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
        .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    expect(styled('ReportTitle')).toEqual(['示例县人民政府办公室2025年政府信息公开工作年度报告']);
    expect(styled('Heading1')).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(styled('Heading2')).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);
  });

  it('names the Chinese fonts through eastAsia: 仿宋_GB2312 body, 黑体 / 楷体_GB2312 headings, 方正小标宋简体 title', () => {
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(file.styles)?.[0] ?? '';
    expect(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(file.styles)?.[0]).toContain(
      'w:eastAsia="仿宋_GB2312"',
    );
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(style('ReportTitle')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('ReportTitle')).toContain('<w:sz w:val="44"/>');
  });

  it('puts the page number between dashes in the footer', () => {
    const footer = file.footers.join('');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toContain('— </w:t>');
  });

  it('marks a draft copy with 草稿 in the page header and above the title, and only a draft copy', async () => {
    expect(file.headers.join('') + file.document).not.toContain('草稿');
    const draft = await unzip(
      await renderReportDocx(buildReportDocument(sampleDraft(), { draftMark: true })),
    );
    expect(draft.headers.join('')).toContain('草稿（未经审核，不得发布）');
    const first = /<w:body><w:p>([\s\S]*?)<\/w:p>/.exec(draft.document)?.[1] ?? '';
    expect(first).toContain('草稿（未经审核，不得发布）');
  });

  it('keeps what the clerk typed as text (markup is escaped, not injected)', async () => {
    const hostile = await unzip(await renderReportDocx(buildReportDocument(hostileDraft())));
    expect(hostile.document).not.toMatch(/<script|<b>|<img/);
    expect(hostile.document).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;某某县&lt;b&gt;商务局&lt;/b&gt;',
    );
    expect(hostile.document).toContain(
      '今年&lt;b&gt;加粗&lt;/b&gt;公开 &amp; 改进&lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(HOSTILE_AGENCY).toContain('<script>');
  });
});
