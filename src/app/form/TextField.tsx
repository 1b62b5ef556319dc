import { useFormContext } from 'react-hook-form';
import type { Draft } from '../../report/schema';
import { Field } from './Field';
import { useFormTools } from './form-context';
import { useRevealOnBlur } from './use-reveal-on-blur';

interface TextFieldProps {
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly type?: 'text' | 'email' | 'tel' | 'url';
  readonly autoComplete?: string;
  readonly inputMode?: 'text' | 'numeric' | 'email' | 'tel' | 'url';
  readonly width?: 'short' | 'medium' | 'long';
}

/** A one-line text field registered under its draft path. */
export function TextField({
  path,
  label,
  hint,
  type = 'text',
  autoComplete,
  inputMode,
  width = 'long',
}: TextFieldProps) {
  const { register } = useFormContext<Draft>();
  const { readOnly } = useFormTools();
  const onBlur = useRevealOnBlur(path);
  return (
    <Field path={path} label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          type={type}
          className={`input input-${width}`}
          autoComplete={autoComplete ?? 'off'}
          inputMode={inputMode}
          readOnly={readOnly}
          {...register(path as never, { onBlur })}
        />
      )}
    </Field>
  );
}
