import { useFormContext } from 'react-hook-form';
import { DERIVED_CELLS } from '../../../report/derived-cells';
import { describePath } from '../../../report/describe-path';
import { BALANCE_TOTAL_PATHS } from '../../../report/rules/balance';
import { META_FIELDS } from '../../../report/layout/meta-fields';
import { PARTS, PROCESSING_FEE_FIELDS } from '../../../report/layout/parts';
import { stepTitle } from '../../../report/layout/steps';
import { NUMERIC_FIELDS } from '../../../report/numeric-fields';
import type { StepId } from '../../../report/part-of-path';
import { stepOfPath } from '../../../report/part-of-path';
import { getPath } from '../../../report/paths';
import type { Draft } from '../../../report/schema';
import { computeDerived } from '../../../report/totals';
import { reportHash } from '../../routing/route';

interface Row {
  readonly label: string;
  readonly value: string;
}

/** The totals shown per table step, from the core: 三's 勾稽关系 rows, 四's group totals (R4). */
const TABLE_TOTALS: Partial<Record<StepId, readonly string[]>> = {
  applications: BALANCE_TOTAL_PATHS,
  appeals: DERIVED_CELLS.filter((c) => c.rule === 'R4').map((c) => c.path),
};

function text(v: unknown): string {
  if (v === null || v === undefined || v === '') return '未填写';
  return String(v);
}

function rowsOf(step: StepId, values: Draft): Row[] {
  if (step === 'basics') {
    return META_FIELDS.filter((f) => f.path !== 'meta.preamble').map((f) => ({
      label: f.label,
      value: text(getPath(values, f.path)),
    }));
  }
  const part = PARTS.find((p) => p.id === step);
  if (!part) return [];
  const prose = part.prose.map((f) => ({ label: f.label, value: text(getPath(values, f.path)) }));
  if (step === 'other') {
    return [
      ...PROCESSING_FEE_FIELDS.map((f) => {
        const v = getPath(values, `otherMatters.processingFees.${f.key}`);
        return { label: f.label, value: v === null || v === undefined ? '未填写' : `${String(v)} ${f.unit}` };
      }),
      ...prose,
    ];
  }
  const cells = NUMERIC_FIELDS.filter((f) => stepOfPath(f.path) === step);
  if (cells.length === 0) return prose;
  const filled = cells.filter((f) => typeof getPath(values, f.path) === 'number').length;
  const derived = computeDerived(values);
  const totals = (TABLE_TOTALS[step] ?? []).map((p) => ({
    label: describePath(p),
    value: String(derived.get(p) ?? 0),
  }));
  const cellRows =
    step === 'proactive'
      ? cells.map((f) => ({ label: f.label, value: text(getPath(values, f.path)) }))
      : [{ label: '已填写的格子', value: `${filled} / ${cells.length}` }, ...totals];
  return [...prose, ...cellRows];
}

/** “Check your answers”: what each part holds, with a 修改 link to it. */
export function AnswersSummary({ draftId }: { draftId: string }) {
  const { getValues } = useFormContext<Draft>();
  const values = getValues();
  const steps: StepId[] = ['basics', ...PARTS.map((p) => p.id)];
  return (
    <section className="answers" aria-labelledby="answers-title">
      <h2 id="answers-title">核对填写内容</h2>
      {steps.map((step) => (
        <div key={step} className="answers-part">
          <div className="answers-head">
            <h3>{stepTitle(step)}</h3>
            <a href={reportHash(draftId, step)}>
              修改<span className="visually-hidden">{stepTitle(step)}</span>
            </a>
          </div>
          <dl className="answers-list">
            {rowsOf(step, values).map((r) => (
              <div key={r.label} className="answers-row">
                <dt>{r.label}</dt>
                <dd className={r.value === '未填写' ? 'missing' : undefined}>{r.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
