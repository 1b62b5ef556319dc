import { describe, expect, it } from 'vitest';
import { readPageFacts } from './page-facts';
import { pageDate, publicationPlaceNotes, statutoryDeadline } from '../report/publication-place';

const PAGE = `<!DOCTYPE html><html><head>
<meta name="SiteName" content="某县人民政府">
<meta name="ColumnName" content="政府信息公开年报">
<meta content="2026-02-03 09:30" name="PubDate">
<meta name="ArticleTitle" content="某县教育局2025年政府信息公开工作年度报告">
<title>ignored when ArticleTitle is there</title></head>
<body><p>正文</p><img src="t3.png"><a href="/files/%E5%B9%B4%E6%8A%A5.pdf">附件：年报表格</a></body></html>`;

describe('what a page says about itself', () => {
  it('reads PubDate, ColumnName and ArticleTitle whatever the attribute order, images and PDF links', () => {
    expect(readPageFacts(PAGE)).toEqual({
      isHtml: true,
      pubDate: '2026-02-03 09:30',
      columnName: '政府信息公开年报',
      articleTitle: '某县教育局2025年政府信息公开工作年度报告',
      images: 1,
      pdfAttachments: ['附件：年报表格'],
    });
  });

  it('reads the dates pages write', () => {
    expect(pageDate('2026-01-25 10:00:00')).toBe('2026-01-25');
    expect(pageDate('2026/1/5')).toBe('2026-01-05');
    expect(pageDate('2026年1月31日')).toBe('2026-01-31');
    expect(pageDate('2026-02-30')).toBe('');
  });
});

describe('on time and in place', () => {
  const base = { year: 2025, agency: '某县教育局', tablesNotRead: [] as const };

  it('a page published 3 February 2026 is 3 days late against 1月31日', () => {
    const notes = publicationPlaceNotes({
      ...base,
      facts: readPageFacts(PAGE),
      deadline: statutoryDeadline(2025),
    });
    expect(notes[0]).toEqual({
      topic: 'date',
      state: 'problem',
      message: '逾期发布：页面发布时间 2026年2月3日，晚于《条例》规定的期限 2026年1月31日，逾期 3 天。',
    });
    expect(notes.map((n) => [n.topic, n.state])).toEqual([
      ['date', 'problem'],
      ['column', 'ok'],
      ['title', 'ok'],
    ]);
  });

  it('on time against a local deadline; a wrong column and a title without the year are problems', () => {
    const facts = readPageFacts(
      '<meta name="PubDate" content="2026-01-18"><meta name="ColumnName" content="通知公告"><title>政府信息公开工作年度报告</title>',
    );
    const notes = publicationPlaceNotes({ ...base, facts, deadline: { date: '2026-01-20', local: true } });
    expect(notes.map((n) => n.message)).toEqual([
      '按时发布：页面发布时间 2026年1月18日，不晚于本地设定的期限 2026年1月20日。',
      '所在栏目“通知公告”不是政府信息公开年报栏目，年度报告应发布在政府信息公开专栏的“政府信息公开年报”栏目。',
      '标题“政府信息公开工作年度报告”没有写明报告年度“2025年”；通常写作“某县教育局2025年政府信息公开工作年度报告”。',
    ]);
  });

  it('tables not read on a page with images or a PDF attachment are named as such', () => {
    const notes = publicationPlaceNotes({
      ...base,
      facts: readPageFacts(PAGE),
      deadline: statutoryDeadline(2025),
      tablesNotRead: ['applications'],
    });
    const tables = notes.filter((n) => n.topic === 'tables').map((n) => n.message);
    expect(tables).toHaveLength(2);
    expect(tables[0]).toContain('页面有 1 张图片：表格可能只以图片发布');
    expect(tables[0]).toContain('三、收到和处理政府信息公开申请情况');
    expect(tables[1]).toContain('表格可能只在 PDF 附件中：“附件：年报表格”');
  });

  it('a pasted text says nothing about its date: unknown, never late', () => {
    const notes = publicationPlaceNotes({
      ...base,
      facts: { isHtml: false, images: 0, pdfAttachments: [] },
      deadline: statutoryDeadline(2025),
    });
    expect(notes.map((n) => [n.topic, n.state])).toEqual([['date', 'unknown']]);
  });
});
