import type { ReactNode } from 'react';
import { hasErrors } from '../../report/findings';
import { useOpenCommentsAt } from '../comments/use-comments';
import { commentId, errorId, hintId } from './field-ids';
import { FieldComments } from './FieldComments';
import { FieldMessages } from './FieldMessages';
import { useVisibleFindingsAt } from './use-visible-findings';
import './form.css';

/** What a field's control needs to be labelled and described. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
}

interface FieldProps {
  /** Draft path: the control's id and name. */
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  /** Extra text after the label, e.g. a unit. */
  readonly suffix?: ReactNode;
  readonly children: (control: ControlProps) => ReactNode;
}

/**
 * One form field: label, hint, the supervisor's open comments, the control, its problems. Owns the ids and the aria
 * attributes so steps never write them by hand.
 */
export function Field({ path, label, hint, suffix, children }: FieldProps) {
  const findings = useVisibleFindingsAt(path);
  const comments = useOpenCommentsAt(path);
  const describedBy = [
    hint ? hintId(path) : '',
    comments.length > 0 ? commentId(path) : '',
    findings.length > 0 ? errorId(path) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const invalid = hasErrors(findings);
  return (
    <div className={`field${invalid ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={path}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId(path)}>
          {hint}
        </p>
      ) : null}
      <FieldComments path={path} comments={comments} />
      <FieldMessages path={path} findings={findings} />
      <div className="field-control">
        {children({
          id: path,
          'aria-describedby': describedBy || undefined,
          'aria-invalid': invalid || undefined,
        })}
        {suffix}
      </div>
    </div>
  );
}
