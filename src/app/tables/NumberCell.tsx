import { memo, useMemo, useState } from 'react';
import { isCompleteness } from '../../report/findings';
import { numericField } from '../../report/numeric-fields';
import { useFindingsAt } from '../findings/use-findings';
import { CellEditor } from './CellEditor';
import { CellNotes, describedBy, severityOf } from './CellNotes';
import { CellText } from './CellText';
import { useRenderProbe } from './render-probe';

/**
 * One typed number of a table. It shows its text until it gets focus (Tab, a click, the
 * arrow keys, an error link); then it becomes the text input registered under its draft
 * path, and its text again when focus leaves. A refused keystroke's reason shows under it.
 */
export const NumberCell = memo(function NumberCell({
  path,
  readOnly,
  colSpan,
  origin,
}: {
  path: string;
  readOnly: boolean;
  colSpan?: number;
  /** Where the number came from (上年结转 from last year's report): a mark, the words on hover. */
  origin?: string;
}) {
  useRenderProbe(path);
  const field = numericField(path);
  const atPath = useFindingsAt(path);
  // A blank cell needs no mark: the table's “还有 N 个空白格” finding links to the first one.
  const findings = useMemo(() => atPath.filter((f) => !isCompleteness(f)), [atPath]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const severity = severityOf(findings);
  const aria = {
    label: field?.label ?? path,
    describedBy:
      [describedBy(path, findings, refusal), origin ? `${path}-origin` : undefined]
        .filter(Boolean)
        .join(' ') || undefined,
    invalid: refusal !== null || severity === 'error',
  };
  return (
    <td
      className={`cell cell-input${severity ? ` has-${severity}` : ''}${refusal ? ' has-refusal' : ''}${origin ? ' from-last-year' : ''}`}
      colSpan={colSpan}
      title={origin}
    >
      {editing ? (
        <CellEditor
          path={path}
          kind={field?.kind ?? 'count'}
          readOnly={readOnly}
          aria={aria}
          onRefusal={(message) => {
            if (message !== refusal) setRefusal(message);
          }}
          onDone={() => setEditing(false)}
        />
      ) : (
        <CellText path={path} readOnly={readOnly} aria={aria} onFocus={() => setEditing(true)} />
      )}
      <CellNotes id={path} findings={findings} refusal={refusal} />
      {origin ? (
        <>
          <span className="cell-origin" aria-hidden="true">
            上年
          </span>
          <span className="visually-hidden" id={`${path}-origin`}>
            {origin}
          </span>
        </>
      ) : null}
    </td>
  );
});
