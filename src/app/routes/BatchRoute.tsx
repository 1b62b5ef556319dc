import { useEffect, useRef, useState } from 'react';
import type { Draft } from '../../report/schema';
import { BatchPage } from '../batch/BatchPage';
import { ReportView } from '../report-view/ReportView';
import { handOffForReview } from '../review/review-handoff';
import { REVIEW_FILE_HASH } from '../routing/route';
import { navigate } from '../routing/use-route';

/** 批量检查, with each row opening review mode and the 汇总 shown as a report. */
export function BatchRoute() {
  const [sum, setSum] = useState<Draft | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The report is drawn far below the button: take the clerk there.
  useEffect(() => {
    if (!sum) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [sum]);
  return (
    <>
      <BatchPage
        onOpen={(row) => {
          if (!row.draft) return;
          handOffForReview(row.draft);
          navigate(REVIEW_FILE_HASH);
        }}
        onShowReport={(total) => setSum({ ...total })}
      />
      {sum && (
        <section className="batch-sum-report" aria-labelledby="batch-sum-report-title">
          <h2 id="batch-sum-report-title" ref={heading} tabIndex={-1}>
            汇总报告（报告格式）
          </h2>
          <ReportView draft={sum} />
        </section>
      )}
    </>
  );
}
