import { useState } from 'react';
import type { Finding } from '../../report/findings';
import { SEVERITY_LABELS } from '../../report/findings';
import { describePath } from '../../report/describe-path';
import { ruleName } from '../../report/rules/rule-names';
import type { Draft, SettleState } from '../../report/schema';
import { warningState, warningStateLabel } from '../../report/settlements';
import { SettleForm } from './SettleForm';

interface Props {
  readonly findings: readonly Finding[];
  /** The report the findings are of: each warning shows whether it is settled. */
  readonly draft?: Draft;
  /** Settles a warning (review mode); returns why not, or null. Absent: read-only. */
  readonly onSettle?: (
    f: Finding,
    state: SettleState,
    note: string,
  ) => string | null | Promise<string | null>;
}

function WarningStateMark({ draft, finding }: { draft: Draft; finding: Finding }) {
  const state = warningState(draft, finding);
  const s = state.kind === 'open' ? null : state.settlement;
  return (
    <span className={`settle-state settle-${state.kind}`}>
      〔{warningStateLabel(state)}
      {s ? `${s.note ? `：${s.note}` : ''}（${s.by}，${s.at.slice(0, 10)}）` : ''}〕
    </span>
  );
}

/** Every finding of the report, errors first, in words (the rule by its Chinese name, not its code). */
export function FindingList({ findings, draft, onSettle }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  if (findings.length === 0) return <p className="all-clear">✓ 没有发现错误或警告。</p>;
  const sorted = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <ul className="finding-list">
      {sorted.map((f, i) => {
        const key = `${f.path}-${f.rule}-${i}`;
        const warning = f.severity === 'warning';
        return (
          <li key={key} className={f.severity}>
            <strong>
              {SEVERITY_LABELS[f.severity]}：{ruleName(f.rule)}
            </strong>{' '}
            {f.path ? <span className="finding-where">{describePath(f.path)}：</span> : null}
            {f.message}
            {warning && draft ? (
              <>
                {' '}
                <WarningStateMark draft={draft} finding={f} />
              </>
            ) : null}
            {warning && onSettle ? (
              open === key ? (
                <SettleForm
                  onSettle={(state, note) => onSettle(f, state, note)}
                  onDone={() => setOpen(null)}
                />
              ) : (
                <button type="button" className="button settle-open" onClick={() => setOpen(key)}>
                  处理这条提醒
                </button>
              )
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
