import type { ReactNode } from 'react';
import { hasErrors } from '../../report/findings';
import { useOpenCommentsAt } from '../comments/use-comments';
import { FieldShell } from '../common/FieldShell';
import type { ControlProps } from '../common/FieldShell';
import { commentId, errorId } from './field-ids';
import { FieldComments } from './FieldComments';
import { FieldMessages } from './FieldMessages';
import { useVisibleFindingsAt } from './use-visible-findings';
import './form.css';

export type { ControlProps } from '../common/FieldShell';

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
 * One field of the report: the common field shell with the supervisor's open comments and the
 * field's problems as its notes.
 */
export function Field({ path, label, hint, suffix, children }: FieldProps) {
  const findings = useVisibleFindingsAt(path);
  const comments = useOpenCommentsAt(path);
  return (
    <FieldShell
      id={path}
      label={label}
      hint={hint}
      invalid={hasErrors(findings)}
      noteIds={[comments.length > 0 ? commentId(path) : '', findings.length > 0 ? errorId(path) : '']}
      notes={
        <>
          <FieldComments path={path} comments={comments} />
          <FieldMessages path={path} findings={findings} />
        </>
      }
      suffix={suffix}
    >
      {children}
    </FieldShell>
  );
}
