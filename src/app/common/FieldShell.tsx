import type { ReactNode } from 'react';

/** What a field's control needs to be labelled and described. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
}

/** The id of a field's hint, beside the control's own id. */
export const hintId = (id: string) => `${id}--hint`;

interface FieldShellProps {
  /** The control's id. */
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** What is said of the field between its hint and its control (comments, problems)… */
  readonly notes?: ReactNode;
  /** …and their elements' ids, which describe the control after the hint. */
  readonly noteIds?: readonly string[];
  readonly invalid?: boolean;
  /** Extra text after the control, e.g. a unit. */
  readonly suffix?: ReactNode;
  /** The field's own class beside `field` (its place in a page's layout). */
  readonly className?: string | undefined;
  readonly children: (control: ControlProps) => ReactNode;
}

/**
 * The one shell of every form's field: label, hint, notes, the control, and the ids and aria
 * attributes that tie them, so that no form writes them by hand.
 */
export function FieldShell({
  id,
  label,
  hint,
  notes,
  noteIds = [],
  invalid = false,
  suffix,
  className,
  children,
}: FieldShellProps) {
  const describedBy = [hint ? hintId(id) : '', ...noteIds].filter(Boolean).join(' ');
  return (
    <div className={['field', invalid ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId(id)}>
          {hint}
        </p>
      ) : null}
      {notes}
      <div className="field-control">
        {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': invalid || undefined })}
        {suffix}
      </div>
    </div>
  );
}
