import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { describePath } from '../../../report/describe-path';
import type { Finding } from '../../../report/findings';
import { ruleName } from '../../../report/rules/rule-names';
import type { Draft, Review } from '../../../report/schema';
import { settleWarning, warningState, warningStateLabel } from '../../../report/settlements';
import { useSignerName } from '../../common/use-signer-name';
import { useAllFindings } from '../../findings/use-findings';
import { SettleForm } from '../../review/SettleForm';
import { currentDraft } from '../current-draft';

/**
 * 处理提醒 on 检查与提交: the clerk marks a warning 已核实 (with why) or 需修改. The settlement is
 * kept in the report's review block; autosave stores it (with a server, the sync sends it
 * through the server's call, which writes the clerk's name and the time). Not while the report
 * is submitted or approved.
 */
export function WarningSettle() {
  const { getValues, setValue } = useFormContext<Draft>();
  const review = useWatch<Draft, 'review'>({ name: 'review' }) as Review | undefined;
  const findings = useAllFindings();
  const [open, setOpen] = useState<string | null>(null);
  const signer = useSignerName();
  const warnings = findings.filter((f) => f.severity === 'warning');
  const status = review?.status ?? 'draft';
  if (warnings.length === 0 || status === 'submitted' || status === 'approved') return null;
  const draft = currentDraft(getValues());
  if (!draft) return null;

  const settle = (f: Finding, state: 'verified' | 'needs-change', note: string): string | null => {
    const now = currentDraft(getValues());
    if (!now) return '报告中有无法保存的内容，请先改正后再处理提醒。';
    const r = settleWarning(now, findings, f, {
      state,
      note,
      by: signer(),
      role: 'clerk',
      at: new Date().toISOString(),
    });
    if (!r.ok) return r.message;
    if (r.draft.review) setValue('review', r.draft.review, { shouldDirty: true });
    return null;
  };

  return (
    <section className="warning-settle" aria-labelledby="warning-settle-title">
      <h2 id="warning-settle-title">处理提醒</h2>
      <p className="hint">
        核实过的提醒可标为“已核实”并写明情况，审核人会看到；相关数字之后再有改动，提醒会重新打开。
      </p>
      <ul className="finding-list">
        {warnings.map((f, i) => {
          const key = `${f.rule}-${f.path}-${i}`;
          const state = warningState(draft, f);
          return (
            <li key={key} className="warning">
              <strong>{ruleName(f.rule)}</strong> {f.path ? `${describePath(f.path)}：` : ''}
              {f.message}{' '}
              <span className={`settle-state settle-${state.kind}`}>
                〔{warningStateLabel(state)}
                {state.kind === 'open' ? '' : state.settlement.note ? `：${state.settlement.note}` : ''}〕
              </span>
              {open === key ? (
                <SettleForm onSettle={(s, note) => settle(f, s, note)} onDone={() => setOpen(null)} />
              ) : (
                <button type="button" className="button settle-open" onClick={() => setOpen(key)}>
                  处理这条提醒
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
