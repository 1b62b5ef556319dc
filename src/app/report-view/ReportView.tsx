import { Fragment, useMemo } from 'react';
import { DRAFT_BANNER, DRAFT_WATERMARK } from '../../export/draft-mark';
import { partElementId } from '../../export/html-cell';
import { REPORT_CSS } from '../../export/report-css';
import type { ReportPart } from '../../export/report-document';
import { buildReportDocument } from '../../export/report-document';
import type { Draft } from '../../report/schema';
import { ReportTable } from './ReportTable';
import './ReportView.css';

export interface ReportViewProps {
  readonly draft: Draft;
  /** Show the 草稿 banner and watermark. */
  readonly draftMark?: boolean;
}

function Part({ part }: { part: ReportPart }) {
  return (
    <section className="report-part" id={partElementId(part.id)} data-part={part.id}>
      <h2 className="part-heading">{part.heading}</h2>
      {part.sections.map((section) => (
        <div key={section.path} className="report-section" data-path={section.path}>
          {section.heading && <h3 className="section-heading">{section.heading}</h3>}
          {section.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      ))}
      {part.table && <ReportTable table={part.table} />}
    </section>
  );
}

/**
 * The finished report as it will be printed, for the screen and for print: the same
 * document model, markup and stylesheet as the HTML export. Parts carry `id`s and
 * prose and value cells `data-path`s, as anchors for review comments. No storage here.
 */
export function ReportView({ draft, draftMark = false }: ReportViewProps) {
  const doc = useMemo(() => buildReportDocument(draft, { draftMark }), [draft, draftMark]);
  return (
    <div className="report-view">
      <style href="gov-report-css" precedence="default">
        {REPORT_CSS}
      </style>
      <article className="gov-report" lang="zh-CN">
        {doc.draftMark && (
          <p className="draft-banner" role="note">
            {DRAFT_BANNER}
          </p>
        )}
        {doc.draftMark && <div className="draft-watermark" aria-hidden="true" data-mark={DRAFT_WATERMARK} />}
        <h1 className="report-title">
          {doc.titleSegments.map((segment, i) => (
            <Fragment key={i}>
              {i > 0 && <wbr />}
              {segment}
            </Fragment>
          ))}
        </h1>
        <div className="report-preamble" data-path="meta.preamble">
          {doc.preamble.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
        {doc.parts.map((part) => (
          <Part key={part.id} part={part} />
        ))}
      </article>
    </div>
  );
}
