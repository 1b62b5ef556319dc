import { useId, useState } from 'react';
import type { SettleState } from '../../report/schema';
import { MAX_SETTLE_NOTE_CHARS, SETTLE_LABELS } from '../../report/settlements';
import { ErrorLine } from '../common/ErrorLine';

interface Props {
  /** Settles; returns why not, or null. */
  readonly onSettle: (state: SettleState, note: string) => string | null | Promise<string | null>;
  /** What the button says (the desk's bulk form names how many). */
  readonly submitLabel?: string;
  readonly onDone?: () => void;
}

/** 已核实 with a short explanation, or 需修改: one warning, or the same warning of several units. */
export function SettleForm({ onSettle, submitLabel = '保存处理结果', onDone }: Props) {
  const [state, setState] = useState<SettleState>('verified');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const save = () => {
    setBusy(true);
    void Promise.resolve(onSettle(state, note)).then((problem) => {
      setBusy(false);
      setError(problem);
      if (!problem) {
        setNote('');
        onDone?.();
      }
    });
  };
  // Not a <form>: it also sits inside the wizard's form, and a nested form would submit that one.
  return (
    <div className="settle-form" role="group" aria-label="处理提醒">
      <fieldset>
        <legend>处理结果</legend>
        {(['verified', 'needs-change'] as const).map((s) => (
          <label key={s} className="settle-choice">
            <input
              type="radio"
              name={`${id}-state`}
              value={s}
              checked={state === s}
              onChange={() => setState(s)}
            />{' '}
            {SETTLE_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`}>说明{state === 'verified' ? '（必填：核实了什么）' : '（可选）'}</label>
      <textarea
        id={`${id}-note`}
        rows={2}
        maxLength={MAX_SETTLE_NOTE_CHARS}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      />
      <ErrorLine id={`${id}-error`} message={error} />
      <button type="button" className="button" disabled={busy} onClick={save}>
        {submitLabel}
      </button>
    </div>
  );
}
