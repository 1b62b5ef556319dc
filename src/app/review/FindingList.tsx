import type { Finding } from '../../report/findings';
import { SEVERITY_LABELS } from '../../report/findings';
import { describePath } from '../../report/describe-path';
import { ruleName } from '../../report/rules/rule-names';

/** Every finding of the report, errors first, in words (the rule by its Chinese name, not its code). */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return <p className="all-clear">✓ 没有发现错误或警告。</p>;
  const sorted = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <ul className="finding-list">
      {sorted.map((f, i) => (
        <li key={`${f.path}-${f.rule}-${i}`} className={f.severity}>
          <strong>
            {SEVERITY_LABELS[f.severity]}：{ruleName(f.rule)}
          </strong>{' '}
          {f.path ? <span className="finding-where">{describePath(f.path)}：</span> : null}
          {f.message}
        </li>
      ))}
    </ul>
  );
}
