import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderReportBody } from '../../export/html';
import { REPORT_CSS } from '../../export/report-css';
import { buildReportDocument } from '../../export/report-document';
import { HOSTILE_PROSE, hostileDraft } from '../../export/test-drafts';
import type { ParsedTable } from '../../export/test-html-tables';
import { parseTables } from '../../export/test-html-tables';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { ReportView } from './ReportView';

const markup = renderToStaticMarkup(<ReportView draft={sampleDraft()} />);
const exported = renderReportBody(buildReportDocument(sampleDraft()));

/** What matters of a table: every cell's tag, scope, spans, class, path and text, in order. */
const shape = (t: ParsedTable) =>
  [t.head, t.body].map((rows) =>
    rows.map((r) =>
      r.map((c) => [c.tag, c.attrs.scope, c.rowSpan, c.colSpan, c.attrs.class, c.attrs['data-path'], c.html]),
    ),
  );
/** Inner HTML of each `tag` (React writes the void `<wbr>` as `<wbr/>`: the same element). */
const headings = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}[^>]*>(.*?)</${tag}>`, 'g'))].map((m) =>
    (m[1] ?? '').replace(/<wbr\/>/g, '<wbr>'),
  );

describe('ReportView', () => {
  it('draws the three tables exactly as the HTML export: same cells, spans, scopes and numbers', () => {
    const view = parseTables(markup);
    const file = parseTables(exported);
    expect(view).toHaveLength(3);
    expect(view.map(shape)).toEqual(file.map(shape));
    expect(view.map((t) => t.caption)).toEqual(file.map((t) => t.caption));
    expect(view[1]?.head).toHaveLength(3);
  });

  it('has the same title, headings and paragraphs as the HTML export', () => {
    for (const tag of ['h1', 'h2', 'h3', 'p']) expect(headings(markup, tag)).toEqual(headings(exported, tag));
  });

  it('carries anchors for review comments: ids on parts and tables, data-path on prose and value cells', () => {
    expect(markup).toContain('<section class="report-part" id="report-part-overview" data-part="overview">');
    expect(markup).toContain('id="report-table-applications"');
    expect(markup).toContain('data-path="overview.onRequest"');
    expect(markup).toContain('<td class="cell-value" data-path="applications.newReceived.natural">40</td>');
  });

  it('brings the report stylesheet with it, unchanged', () => {
    const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(markup)?.[1];
    expect(style).toBe(REPORT_CSS);
  });

  it('shows the 草稿 banner and watermark only when asked', () => {
    expect(markup).not.toContain('草稿');
    const draft = renderToStaticMarkup(<ReportView draft={sampleDraft()} draftMark />);
    expect(draft).toContain('<p class="draft-banner" role="note">草稿（未经审核，不得发布）</p>');
    expect(draft).toContain('<div class="draft-watermark" aria-hidden="true" data-mark="草稿"></div>');
  });

  it('shows markup a clerk typed as text', () => {
    const html = renderToStaticMarkup(<ReportView draft={hostileDraft()} />);
    expect(html).not.toMatch(/<script|<b>|<img/);
    expect(HOSTILE_PROSE).toContain('<b>');
    expect(html).toContain('今年&lt;b&gt;加粗&lt;/b&gt;公开 &amp; 改进&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
