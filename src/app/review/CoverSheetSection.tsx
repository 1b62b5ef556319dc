import { useState } from 'react';
import { coverSheet } from '../../report/cover-sheet';
import type { Finding } from '../../report/findings';
import type { Draft } from '../../report/schema';
import { ErrorLine } from '../common/ErrorLine';

/**
 * 报送单: one printed page for the approved report, to be signed by the unit's head and stamped,
 * with the 核对码 of the approved version (typed into 发布核对 to confirm the paper).
 */
export function CoverSheetSection({ draft, findings }: { draft: Draft; findings: readonly Finding[] }) {
  const [problem, setProblem] = useState<string | null>(null);
  const sheet = coverSheet(draft, findings);
  return (
    <section aria-labelledby="cover-sheet-title">
      <h2 id="cover-sheet-title">报送单</h2>
      {sheet.ok ? (
        <>
          <p className="hint">
            打印一页报送单（单位、年度、主要数字、审核通过的人和时间、核对码{' '}
            <strong>{sheet.sheet.code}</strong>
            ），由单位负责人签字、盖章后报送。
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setProblem(null);
              void Promise.all([
                import('../../export/cover-sheet-html'),
                import('../report-view/print-report'),
              ]).then(
                ([html, print]) => print.printHtml(html.renderCoverSheetHtml(sheet.sheet), '打印报送单'),
                () => setProblem('报送单没有打开，请检查网络后重试。'),
              );
            }}
          >
            打印报送单
          </button>
          <ErrorLine message={problem} />
        </>
      ) : (
        <p className="hint">{sheet.message}</p>
      )}
    </section>
  );
}
