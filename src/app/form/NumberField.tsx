import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import { formatNumberInput, parseNumberInput } from '../../report/number-input';
import type { NumberKind } from '../../report/numeric-fields';
import type { Draft } from '../../report/schema';
import { Field } from './Field';
import { useFormTools } from './form-context';
import { useRevealOnBlur } from './use-reveal-on-blur';

interface NumberFieldProps {
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly kind: NumberKind;
  readonly unit?: string;
  /** A further check of an accepted number (null: fine). */
  readonly validate?: (value: number | null) => string | null;
}

/**
 * A number typed as text (full-width digits accepted). What cannot be read is refused:
 * the message shows at the field once the clerk moves on, the typed text stays in the box,
 * and the form keeps the previous value.
 */
export function NumberField({ path, label, hint, kind, unit, validate }: NumberFieldProps) {
  const { getValues, setValue } = useFormContext<Draft>();
  const { readOnly, setInputProblem } = useFormTools();
  const onBlur = useRevealOnBlur(path);
  const [text, setText] = useState(() => {
    const v: unknown = getValues(path as never);
    return formatNumberInput(typeof v === 'number' ? v : null);
  });
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    setText(e.target.value);
    const parsed = parseNumberInput(e.target.value, kind);
    const problem = parsed.ok ? (validate?.(parsed.value) ?? null) : parsed.message;
    if (parsed.ok && problem === null) {
      setValue(path as never, parsed.value as never, { shouldDirty: true });
    }
    setInputProblem(path, problem);
  };
  return (
    <Field path={path} label={label} hint={hint} suffix={unit ? <span className="unit">{unit}</span> : null}>
      {(control) => (
        <input
          {...control}
          name={path}
          type="text"
          inputMode={kind === 'count' ? 'numeric' : 'decimal'}
          autoComplete="off"
          className="input input-number"
          value={text}
          readOnly={readOnly}
          onChange={onChange}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
