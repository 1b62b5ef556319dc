import type { ChangeEvent, ReactNode } from 'react';
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
  /** Told about every edit the clerk makes (the preamble follows the generated text until then). */
  readonly onEdit?: (value: string) => void;
  readonly suffix?: ReactNode;
}

/** A text area for prose, registered under its draft path. */
export function TextAreaField({ path, label, hint, rows = 5, onEdit, suffix }: TextAreaFieldProps) {
  const { register } = useFormContext<Draft>();
  const { readOnly } = useFormTools();
  const onBlur = useRevealOnBlur(path);
  const onChange = onEdit ? (e: ChangeEvent<HTMLTextAreaElement>) => onEdit(e.target.value) : undefined;
  return (
    <Field path={path} label={label} hint={hint} suffix={suffix}>
      {(control) => (
        <textarea
          {...control}
          className="textarea"
          rows={rows}
          readOnly={readOnly}
          {...register(path as never, { onBlur, onChange })}
        />
      )}
    </Field>
  );
}
