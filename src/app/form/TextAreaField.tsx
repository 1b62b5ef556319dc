import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Draft } from '../../report/schema';
import { Field } from './Field';
import { useFormTools } from './form-context';
import { useRevealOnBlur } from './use-reveal-on-blur';

interface TextAreaFieldProps {
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly rows?: number;
  readonly suffix?: ReactNode;
}

/** A text area for prose, registered under its draft path. */
export function TextAreaField({ path, label, hint, rows = 5, suffix }: TextAreaFieldProps) {
  const { register } = useFormContext<Draft>();
  const { readOnly } = useFormTools();
  const onBlur = useRevealOnBlur(path);
  return (
    <Field path={path} label={label} hint={hint} suffix={suffix}>
      {(control) => (
        <textarea
          {...control}
          className="textarea"
          rows={rows}
          readOnly={readOnly}
          {...register(path as never, { onBlur })}
        />
      )}
    </Field>
  );
}
