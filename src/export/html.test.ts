import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { renderReportFragment, renderReportHtml } from './html';
import { REPORT_CSS } from './report-css';
import { buildReportDocument } from './report-document';
import { HOSTILE_AGENCY, HOSTILE_PROSE, hostileDraft } from './test-drafts';
import type { ParsedCell, ParsedTable } from './test-html-tables';
import { parseTables, rowWidths } from './test-html-tables';

const html = renderReportHtml(buildReportDocument(sampleDraft()));
const tables = parseTables(html);
const [proactive, applications, appeals] = tables as [ParsedTable, ParsedTable, ParsedTable];

const cellWith = (t: ParsedTable, text: string): ParsedCell | undefined =>
  [...t.head, ...t.body].flat().find((c) => c.html === text);
const spans = (c: ParsedCell | undefined) => [c?.tag, c?.attrs.scope, c?.rowSpan, c?.colSpan];
const valuesOfRow = (t: ParsedTable, label: string) =>
  t.body
    .find((r) => r.some((c) => c.html === label))
    ?.filter((c) => c.tag === 'td')
    .map((c) => c.html);

describe('the HTML export', () => {
  it('is one self-contained file: charset, lang zh-CN, inline CSS, no scripts, nothing fetched', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).toContain('<title>示例县人民政府办公室2025年政府信息公开工作年度报告</title>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
  });

  it('has the title, the six part headings and the sub-headings of part 一', () => {
    // a narrow line breaks the title only after the agency name, after the year or between the words
    expect(html).toContain(
      '<h1 class="report-title">示例县人民政府办公室<wbr>2025年<wbr>政府信息公开<wbr>工作年度报告</h1>',
    );
    expect(REPORT_CSS).toMatch(/\.report-title \{[^}]*word-break: keep-all;/);
    const h2 = [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(h2).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    const h3 = [...html.matchAll(/<h3[^>]*>(.*?)<\/h3>/g)].map((m) => m[1]);
    expect(h3).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);
  });

  it('has three tables with captions, every row covering the full width', () => {
    expect(tables).toHaveLength(3);
    expect(tables.map((t) => t.caption)).toEqual([
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    const widths = [4, 10, 15];
    tables.forEach((t, i) => {
      for (const w of rowWidths(t.head)) expect(w).toBe(widths[i]);
      for (const w of rowWidths(t.body)) expect(w).toBe(widths[i]);
    });
  });

  it('table 二: block headings span 4 columns, single-value blocks merge the value over 3', () => {
    expect(proactive.head).toHaveLength(0);
    const blocks = proactive.body.flat().filter((c) => c.html.startsWith('第二十条'));
    expect(blocks.map(spans)).toEqual(Array(4).fill(['th', 'colgroup', 1, 4]));
    expect(spans(cellWith(proactive, '本年收费金额（单位：万元）'))).toEqual(['th', 'col', 1, 3]);
    expect(spans(cellWith(proactive, '行政许可'))).toEqual(['th', 'row', 1, 1]);
    expect(valuesOfRow(proactive, '行政许可')).toEqual(['1523']);
    expect(proactive.body.find((r) => r[0]?.html === '行政许可')?.[1]?.colSpan).toBe(3);
    expect(valuesOfRow(proactive, '行政事业性收费')).toEqual(['12.3456']);
  });

  it('table 三: the official header in <thead> (corner 3×3, 申请人情况 over 7, 法人或其他组织 over 5)', () => {
    expect(applications.head).toHaveLength(3);
    expect(spans(applications.head[0]?.[0])).toEqual(['td', undefined, 3, 3]);
    expect(applications.head[0]?.[0]?.html).toBe(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    );
    expect(spans(cellWith(applications, '申请人情况'))).toEqual(['th', 'colgroup', 1, 7]);
    expect(spans(cellWith(applications, '自然人'))).toEqual(['th', 'col', 2, 1]);
    expect(spans(cellWith(applications, '法人或其他组织'))).toEqual(['th', 'colgroup', 1, 5]);
    expect(spans(cellWith(applications, '总计'))).toEqual(['th', 'col', 2, 1]);
    expect(applications.head[2]?.map((c) => c.html)).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
  });

  it('table 三: the body label merges of the official layout', () => {
    expect(applications.body).toHaveLength(25);
    expect(spans(cellWith(applications, '一、本年新收政府信息公开申请数量'))).toEqual(['th', 'row', 1, 3]);
    expect(spans(cellWith(applications, '二、上年结转政府信息公开申请数量'))).toEqual(['th', 'row', 1, 3]);
    expect(spans(cellWith(applications, '四、结转下年度继续办理'))).toEqual(['th', 'row', 1, 3]);
    expect(spans(cellWith(applications, '三、本年度办理结果'))).toEqual(['th', 'rowgroup', 22, 1]);
    expect(spans(cellWith(applications, '（一）予以公开'))).toEqual(['th', 'row', 1, 2]);
    expect(spans(cellWith(applications, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'))).toEqual(
      ['th', 'row', 1, 2],
    );
    expect(spans(cellWith(applications, '（三）不予公开'))).toEqual(['th', 'rowgroup', 8, 1]);
    expect(spans(cellWith(applications, '（四）无法提供'))).toEqual(['th', 'rowgroup', 3, 1]);
    expect(spans(cellWith(applications, '（五）不予处理'))).toEqual(['th', 'rowgroup', 5, 1]);
    expect(spans(cellWith(applications, '（六）其他处理'))).toEqual(['th', 'rowgroup', 3, 1]);
    expect(spans(cellWith(applications, '（七）总计'))).toEqual(['th', 'row', 1, 2]);
    expect(spans(cellWith(applications, '1.属于国家秘密'))).toEqual(['th', 'row', 1, 1]);
    const rowspans = applications.body
      .flat()
      .filter((c) => c.rowSpan > 1)
      .map((c) => c.rowSpan);
    expect(rowspans).toEqual([22, 8, 3, 5, 3]);
  });

  it('table 三: numbers and totals (summed by hand from the sample), value cells carry their path', () => {
    expect(valuesOfRow(applications, '一、本年新收政府信息公开申请数量')).toEqual([
      '40',
      '5',
      '0',
      '1',
      '2',
      '1',
      '49',
    ]);
    expect(valuesOfRow(applications, '（七）总计')).toEqual(['40', '4', '0', '1', '1', '1', '47']);
    expect(valuesOfRow(applications, '四、结转下年度继续办理')).toEqual(['3', '2', '0', '0', '1', '0', '6']);
    expect(html).toContain('<td class="cell-value" data-path="applications.newReceived.natural">40</td>');
    expect(html).toContain(
      '<td class="cell-value cell-derived" data-path="applications.results.total.total">47</td>',
    );
  });

  it('table 四: 行政复议 over 5, 行政诉讼 over 10, the outcomes under 行政复议 over 2 header rows', () => {
    expect(appeals.head).toHaveLength(3);
    expect(appeals.head[0]?.map(spans)).toEqual([
      ['th', 'colgroup', 1, 5],
      ['th', 'colgroup', 1, 10],
    ]);
    expect(appeals.head[1]?.map((c) => [c.html, c.rowSpan, c.colSpan])).toEqual([
      ['结果维持', 2, 1],
      ['结果纠正', 2, 1],
      ['其他结果', 2, 1],
      ['尚未审结', 2, 1],
      ['总计', 2, 1],
      ['未经复议直接起诉', 1, 5],
      ['复议后起诉', 1, 5],
    ]);
    expect(appeals.head[2]).toHaveLength(10);
    expect(appeals.body[0]?.map((c) => c.html)).toEqual([
      '2',
      '1',
      '0',
      '1',
      '4',
      '1',
      '0',
      '0',
      '1',
      '2',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
  });

  it('escapes whatever the clerk typed: agency name and prose show as text', () => {
    const out = renderReportHtml(buildReportDocument(hostileDraft()));
    expect(out).not.toMatch(/<script|<b>|<img/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;某某县&lt;b&gt;商务局&lt;/b&gt;');
    expect(out).toContain('今年&lt;b&gt;加粗&lt;/b&gt;公开 &amp; 改进&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;问题');
    expect(HOSTILE_AGENCY).toContain('<script>');
    expect(HOSTILE_PROSE).toContain('<b>');
  });

  it('prints with A4 pages, GB/T 9704 margins, page numbers, repeated table headers, unsplit rows', () => {
    expect(html).toMatch(/@page\s*{[^}]*size: A4 portrait;/);
    expect(html).toContain('margin: 37mm 26mm 35mm 28mm;');
    expect(html).toMatch(/@bottom-center\s*{\s*content: "— " counter\(page\) " —";/);
    expect(html).toMatch(/thead\s*{\s*display: table-header-group;/);
    expect(html).toMatch(/ tr\s*{\s*break-inside: avoid;/);
    expect(html).toMatch(/\.report-title\s*{[^}]*font-family: "方正小标宋简体"/);
    expect(html).toMatch(/\.gov-report\s*{[^}]*font-family: "仿宋_GB2312"[^}]*font-size: 16pt;/);
    expect(html).toMatch(/\.part-heading\s*{\s*font-family: "黑体"/);
    expect(html).toMatch(/\.section-heading\s*{\s*font-family: "楷体_GB2312"/);
  });

  it('carries the 草稿 banner and watermark only on a draft copy', () => {
    expect(html).not.toContain('草稿');
    const draft = renderReportHtml(buildReportDocument(sampleDraft(), { draftMark: true }));
    expect(draft).toContain('<p class="draft-banner" role="note">草稿（未经审核，不得发布）</p>');
    expect(draft).toContain('<div class="draft-watermark" aria-hidden="true" data-mark="草稿"></div>');
    expect(draft.indexOf('draft-banner"')).toBeLessThan(draft.indexOf('<h1'));
    expect(draft).toContain('<title>示例县人民政府办公室2025年政府信息公开工作年度报告（草稿）</title>');
  });

  it('gives the in-app view the same CSS and body without the page around it', () => {
    const fragment = renderReportFragment(buildReportDocument(sampleDraft()));
    expect(fragment.body.startsWith('<article class="gov-report" lang="zh-CN">')).toBe(true);
    expect(fragment.body).not.toContain('<html');
    expect(html).toContain(fragment.body);
    expect(html).toContain(fragment.css);
  });

  it('on a phone, each table scrolls sideways in its own labelled region with its row labels pinned', () => {
    const regions = [
      ...html.matchAll(
        /<div class="report-table-scroll report-table-scroll-(\w+)" role="region" tabindex="0" aria-label="([^"]*)">\n<table class="report-table table-(\w+)"/g,
      ),
    ];
    expect(regions.map((m) => m[2])).toEqual(tables.map((t) => t.caption));
    // each box names its table (the stylesheet's 左右滑动查看全表 is per table)
    expect(regions.map((m) => m[1])).toEqual(regions.map((m) => m[3]));
    expect(regions.map((m) => m[1])).toEqual(['proactive', 'applications', 'appeals']);
    const pinned = (t: ParsedTable) =>
      [...t.head, ...t.body].flat().filter((c) => /\bcell-pin\b/.test(c.attrs.class ?? ''));
    // table 二: every 信息内容 and row label; table 三: its three label columns; table 四 has none
    expect(pinned(proactive).map((c) => [c.html, c.attrs.class])).toContainEqual([
      '行政事业性收费',
      'cell-row cell-pin pin-0',
    ]);
    expect(pinned(proactive).every((c) => c.attrs.class?.includes('pin-0'))).toBe(true);
    expect(cellWith(applications, '（三）不予公开')?.attrs.class).toBe('cell-row cell-pin pin-1');
    expect(cellWith(applications, '1.属于国家秘密')?.attrs.class).toBe('cell-row cell-pin pin-2');
    expect(cellWith(applications, '（七）总计')?.attrs.class).toBe('cell-row cell-pin pin-1');
    expect(pinned(applications).some((c) => c.tag === 'td' && c.attrs.class?.startsWith('cell-corner'))).toBe(
      true,
    );
    expect(pinned(appeals)).toEqual([]);
    // no number is ever pinned
    for (const t of tables)
      expect(pinned(t).every((c) => c.tag === 'th' || c.attrs.class?.startsWith('cell-corner'))).toBe(true);
  });

  it('keeps the phone rules off paper: sticky and scrolling live only in a screen media query', () => {
    const phone = REPORT_CSS.indexOf('@media screen and (max-width: 720px)');
    const print = REPORT_CSS.indexOf('@media print');
    expect(phone).toBeGreaterThan(0);
    expect(print).toBeGreaterThan(phone);
    const outsidePhone = REPORT_CSS.slice(0, phone) + REPORT_CSS.slice(print);
    expect(outsidePhone).not.toMatch(/sticky|overflow-x/);
    expect(REPORT_CSS.slice(phone, print)).toMatch(/\.cell-pin \{\s*position: sticky;/);
  });

  it('uses no CSS Chromium 80 drops (:has, :focus-visible, flex gap)', () => {
    expect(REPORT_CSS).not.toMatch(/:has\(|:focus-visible|\bgap:/);
    expect(html).toContain('<tr class="row-merge">');
  });
});
