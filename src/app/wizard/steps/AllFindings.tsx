import { stepTitle } from '../../../report/layout/steps';
import type { Finding } from '../../../report/findings';
import { stepOfPath } from '../../../report/part-of-path';
import { ruleName } from '../../../report/rules/rule-names';
import { useAllFindings } from '../../findings/use-findings';
import { FindingLink } from '../FindingLink';

function FindingItems({ draftId, findings }: { draftId: string; findings: readonly Finding[] }) {
  return (
    <ul className="finding-list">
      {findings.map((f, i) => (
        <li key={`${f.path}-${f.rule}-${i}`}>
          <span className="finding-step">{stepTitle(stepOfPath(f.path))}</span>
          <span className="finding-rule">{ruleName(f.rule)}</span>
          <FindingLink draftId={draftId} path={f.path}>
            {f.message}
          </FindingLink>
        </li>
      ))}
    </ul>
  );
}

/** Every error and warning of the whole report, each a link to its cell or field. */
export function AllFindings({ draftId }: { draftId: string }) {
  const findings = useAllFindings();
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity !== 'error');
  if (findings.length === 0) {
    return (
      <div className="panel panel-ok">
        <p>
          <strong>没有发现问题。</strong>各部分均已填写，各项合计和勾稽关系均已核对。
        </p>
      </div>
    );
  }
  return (
    <>
      {errors.length > 0 ? (
        <div className="error-summary" role="alert" aria-labelledby="all-errors-title">
          <h2 id="all-errors-title" className="error-summary-title">
            存在以下问题（{errors.length} 个错误，改正后才能提交）
          </h2>
          <FindingItems draftId={draftId} findings={errors} />
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <div className="warning-summary" aria-labelledby="all-warnings-title" role="region">
          <h2 id="all-warnings-title" className="warning-summary-title">
            请核对以下提醒（{warnings.length} 个，不影响提交）
          </h2>
          <FindingItems draftId={draftId} findings={warnings} />
        </div>
      ) : null}
    </>
  );
}
