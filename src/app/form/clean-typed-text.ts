import type { FormEvent } from 'react';
import { cleanText, needsCleaning } from '../../report/clean-text';

/**
 * For a form's `onInputCapture`: control characters and lone surrogates typed or pasted into
 * a text field are removed as they arrive, before the field's own handler reads the value, so
 * the form (and the journal, the autosave, the file name) never holds them. The caret stays
 * where it was relative to the text around it.
 *
 * The value is set through the element's prototype setter, as the browser sets it: React
 * tracks values set through the element itself, and would then see no change and send the
 * field's onChange nothing.
 */
export function cleanTypedText(e: FormEvent<HTMLElement>): void {
  const field = e.target;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
  const { value } = field;
  if (!needsCleaning(value)) return;
  const caret = field.selectionStart;
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set?.call(
    field,
    cleanText(value),
  );
  if (caret !== null) {
    const at = cleanText(value.slice(0, caret)).length;
    field.setSelectionRange(at, at);
  }
}
