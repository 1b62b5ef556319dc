import { DRAFT_BANNER, DRAFT_WATERMARK } from './draft-mark';
import { escapeHtml } from './html-escape';
import { htmlCell, partElementId, rowClassName, tableElementId, tableScrollClassName } from './html-cell';
import type { ReportCell, ReportDocument, ReportPart, ReportSection, ReportTable } from './report-document';
import { REPORT_CSS } from './report-css';
import { bodyGroups } from './table-groups';
import { tablePins } from './table-pins';
import { columnPercents } from './table-widths';

/**
 * The report as HTML: one self-contained file (inline CSS, no scripts, nothing fetched)
 * a website CMS can take as it is, and the same body for the in-app view and print.
 * Everything the clerk typed goes through `escapeHtml`.
 */
function cellHtml(cell: ReportCell, pinColumn: number | undefined): string {
  const c = htmlCell(cell, pinColumn);
  const attrs = [
    c.scope ? ` scope="${c.scope}"` : '',
    c.rowSpan ? ` rowspan="${c.rowSpan}"` : '',
    c.colSpan ? ` colspan="${c.colSpan}"` : '',
    ` class="${c.className}"`,
    c.dataPath ? ` data-path="${escapeHtml(c.dataPath)}"` : '',
  ].join('');
  return `<${c.tag}${attrs}>${escapeHtml(c.text)}</${c.tag}>`;
}

function tableHtml(table: ReportTable): string {
  const pins = tablePins(table).columnOf;
  const rowsHtml = (rows: readonly (readonly ReportCell[])[]) =>
    rows
      .map((row) => {
        const cls = rowClassName(row);
        const cells = row.map((cell) => cellHtml(cell, pins.get(cell))).join('');
        return `<tr${cls ? ` class="${cls}"` : ''}>${cells}</tr>`;
      })
      .join('\n');
  const cols = columnPercents(table)
    .map((w) => `<col style="width:${w.toFixed(3)}%">`)
    .join('');
  return [
    `<div class="${tableScrollClassName(table.id)}" role="region" tabindex="0" aria-label="${escapeHtml(table.caption)}">`,
    `<table class="report-table table-${table.id}" id="${tableElementId(table.id)}">`,
    `<caption class="visually-hidden">${escapeHtml(table.caption)}</caption>`,
    `<colgroup>${cols}</colgroup>`,
    table.head.length > 0 ? `<thead>\n${rowsHtml(table.head)}\n</thead>` : '',
    ...bodyGroups(table).map((rows) => `<tbody>\n${rowsHtml(rows)}\n</tbody>`),
    '</table>',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

function sectionHtml(section: ReportSection): string {
  return [
    `<div class="report-section" data-path="${escapeHtml(section.path)}">`,
    section.heading ? `<h3 class="section-heading">${escapeHtml(section.heading)}</h3>` : '',
    ...section.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

function partHtml(part: ReportPart): string {
  return [
    `<section class="report-part" id="${partElementId(part.id)}" data-part="${part.id}">`,
    `<h2 class="part-heading">${escapeHtml(part.heading)}</h2>`,
    ...part.sections.map(sectionHtml),
    part.table ? tableHtml(part.table) : '',
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The report's `<article>` (no `<html>`/`<head>`): for embedding next to `REPORT_CSS`. */
export function renderReportBody(doc: ReportDocument): string {
  return [
    '<article class="gov-report" lang="zh-CN">',
    doc.draftMark ? `<p class="draft-banner" role="note">${escapeHtml(DRAFT_BANNER)}</p>` : '',
    doc.draftMark
      ? `<div class="draft-watermark" aria-hidden="true" data-mark="${escapeHtml(DRAFT_WATERMARK)}"></div>`
      : '',
    `<h1 class="report-title">${doc.titleSegments.map(escapeHtml).join('<wbr>')}</h1>`,
    `<div class="report-preamble" data-path="meta.preamble">`,
    ...doc.preamble.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</div>',
    ...doc.parts.map(partHtml),
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The stylesheet and the body, for a page that hosts the report (in-app view, print). */
export function renderReportFragment(doc: ReportDocument): { readonly css: string; readonly body: string } {
  return { css: REPORT_CSS, body: renderReportBody(doc) };
}

/** One self-contained HTML file of the report. */
export function renderReportHtml(doc: ReportDocument): string {
  const title = doc.draftMark ? `${doc.title}（${DRAFT_WATERMARK}）` : doc.title;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}body{margin:0;background:#fff;}</style>`,
    '</head>',
    '<body>',
    renderReportBody(doc),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
