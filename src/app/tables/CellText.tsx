import { useWatch } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
import { formatNumberInput } from '../../report/number-input';
import type { Draft } from '../../report/schema';
import type { CellAria } from './CellEditor';

/**
 * A typed cell that is not being edited: its text in a box that looks and reads like the
 * text field it becomes on focus (role textbox, same name and description). Only the cell
 * being edited is a real `<input>`, so the browser's form machinery (Chrome's autofill
 * re-reads every text field of a form on each keystroke) sees one field, not 150.
 */
export function CellText({
  path,
  readOnly,
  aria,
  onFocus,
}: {
  path: string;
  readOnly: boolean;
  aria: CellAria;
  onFocus: () => void;
}) {
  const value = useWatch<Draft>({ name: path as FieldPath<Draft> }) as unknown;
  // One RHF watcher per cell: each keystroke elsewhere costs it a name check, not a render
  // (no change in script time per keystroke when measured with npm run bench).
  const text = formatNumberInput(value as number | string | null);
  return (
    <span
      id={path}
      className="grid-input grid-text"
      role="textbox"
      tabIndex={0}
      aria-label={aria.label}
      aria-invalid={aria.invalid || undefined}
      aria-describedby={aria.describedBy}
      aria-readonly={readOnly || undefined}
      onFocus={onFocus}
    >
      {text}
    </span>
  );
}
