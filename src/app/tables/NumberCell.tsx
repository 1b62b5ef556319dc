import { memo, useRef, useState } from 'react';
import type { ChangeEvent, CompositionEvent, FocusEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
import { numericField } from '../../report/numeric-fields';
import { formatNumberInput, parseNumberInput } from '../../report/number-input';
import type { Draft } from '../../report/schema';
import { useFindingsAt } from '../findings/use-findings';
import { CellNotes, describedBy, severityOf } from './CellNotes';
import { useRenderProbe } from './render-probe';

/**
 * One typed number of a table: an uncontrolled text input registered under its
 * draft path. A keystroke that would make the text an invalid number is refused
 * at once: the previous text comes back and the reason shows under the cell.
 */
export const NumberCell = memo(function NumberCell({
  path,
  readOnly,
  colSpan,
}: {
  path: string;
  readOnly: boolean;
  colSpan?: number;
}) {
  useRenderProbe(path);
  const { register, getValues } = useFormContext<Draft>();
  const field = numericField(path);
  const kind = field?.kind ?? 'count';
  const findings = useFindingsAt(path);
  const [refusal, setRefusal] = useState<string | null>(null);
  const accepted = useRef('');
  const { onChange, onBlur, ref, name } = register(path as FieldPath<Draft>, {
    setValueAs: (v: unknown) => {
      if (typeof v !== 'string') return v;
      const r = parseNumberInput(v, kind);
      return r.ok ? r.value : null;
    },
  });

  /** The text to restore: what was last accepted, unless the value changed since (paste, reset). */
  const previousText = () => {
    const stored = getValues(path as FieldPath<Draft>) as unknown;
    const last = parseNumberInput(accepted.current, kind);
    return last.ok && last.value === (stored ?? null)
      ? accepted.current
      : formatNumberInput(stored as number | null);
  };

  const accept = (input: HTMLInputElement): boolean => {
    const r = parseNumberInput(input.value, kind);
    if (r.ok) {
      accepted.current = input.value;
      if (refusal) setRefusal(null);
      return true;
    }
    const previous = previousText();
    const inserted = Math.max(0, input.value.length - previous.length);
    const caret = Math.max(
      0,
      Math.min(previous.length, (input.selectionStart ?? previous.length) - inserted),
    );
    input.value = previous;
    input.setSelectionRange(caret, caret);
    setRefusal(r.message);
    return false;
  };

  const handleChange = (e: ChangeEvent<HTMLInputElement>) => {
    if ((e.nativeEvent as InputEvent).isComposing) return; // wait for the IME to finish
    if (accept(e.target)) void onChange(e);
  };
  const handleCompositionEnd = (e: CompositionEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    if (accept(input)) void onChange({ target: input, type: 'change' });
  };
  const handleBlur = (e: FocusEvent<HTMLInputElement>) => {
    void onBlur(e);
    const canonical = formatNumberInput(getValues(path as FieldPath<Draft>) as number | null);
    if (e.target.value !== canonical) e.target.value = canonical;
    accepted.current = canonical;
    if (refusal) setRefusal(null);
  };
  const handleFocus = (e: FocusEvent<HTMLInputElement>) => {
    accepted.current = e.target.value;
  };

  const severity = severityOf(findings);
  return (
    <td
      className={`cell cell-input${severity ? ` has-${severity}` : ''}${refusal ? ' has-refusal' : ''}`}
      colSpan={colSpan}
    >
      <input
        ref={ref}
        name={name}
        id={path}
        className="grid-input"
        type="text"
        inputMode={kind === 'count' ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        aria-label={field?.label ?? path}
        aria-invalid={refusal || severity === 'error' ? true : undefined}
        aria-describedby={describedBy(path, findings, refusal)}
        readOnly={readOnly}
        onChange={handleChange}
        onCompositionEnd={handleCompositionEnd}
        onBlur={handleBlur}
        onFocus={handleFocus}
      />
      <CellNotes id={path} findings={findings} refusal={refusal} />
    </td>
  );
});
