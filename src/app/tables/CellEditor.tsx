import { useLayoutEffect, useRef } from 'react';
import type { ChangeEvent, CompositionEvent, FocusEvent, KeyboardEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
import type { NumberKind } from '../../report/numeric-fields';
import { formatNumberInput, parseNumberInput } from '../../report/number-input';
import type { Draft } from '../../report/schema';

export interface CellAria {
  readonly label: string;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
}

/**
 * The text input of the one cell being edited, registered under its draft path and
 * focused (with its whole text selected) as it appears. A keystroke that would make
 * the text an invalid number is refused at once: the previous text comes back and
 * `onRefusal` gets the reason. Escape puts back what the cell held when it got focus, as in a
 * spreadsheet. Leaving it ends the editing (`onDone`).
 */
export function CellEditor({
  path,
  kind,
  readOnly,
  aria,
  onRefusal,
  onDone,
}: {
  path: string;
  kind: NumberKind;
  readOnly: boolean;
  aria: CellAria;
  onRefusal: (message: string | null) => void;
  onDone: () => void;
}) {
  const { register, getValues } = useFormContext<Draft>();
  const accepted = useRef('');
  const original = useRef('');
  const own = useRef<HTMLInputElement | null>(null);
  const { onChange, onBlur, ref, name } = register(path as FieldPath<Draft>, {
    setValueAs: (v: unknown) => {
      if (typeof v !== 'string') return v;
      const r = parseNumberInput(v, kind);
      return r.ok ? r.value : null;
    },
  });

  useLayoutEffect(() => {
    const input = own.current;
    if (!input) return;
    input.focus({ preventScroll: true });
  }, []);

  /** The text to restore: what was last accepted, unless the value changed since (paste, reset). */
  const previousText = () => {
    const stored = getValues(path as FieldPath<Draft>) as unknown;
    const last = parseNumberInput(accepted.current, kind);
    return last.ok && last.value === (stored ?? null)
      ? accepted.current
      : formatNumberInput(stored as number | string | null);
  };

  const accept = (input: HTMLInputElement): boolean => {
    const r = parseNumberInput(input.value, kind);
    if (r.ok) {
      accepted.current = input.value;
      onRefusal(null);
      return true;
    }
    const previous = previousText();
    const inserted = Math.max(0, input.value.length - previous.length);
    const caret = Math.max(
      0,
      Math.min(previous.length, (input.selectionStart ?? previous.length) - inserted),
    );
    input.value = previous;
    input.setSelectionRange(caret, caret);
    onRefusal(r.message);
    return false;
  };

  const handleChange = (e: ChangeEvent<HTMLInputElement>) => {
    if ((e.nativeEvent as InputEvent).isComposing) return; // wait for the IME to finish
    if (accept(e.target)) void onChange(e);
  };
  const handleCompositionEnd = (e: CompositionEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    if (accept(input)) void onChange({ target: input, type: 'change' });
  };
  const handleBlur = (e: FocusEvent<HTMLInputElement>) => {
    void onBlur(e);
    const canonical = formatNumberInput(getValues(path as FieldPath<Draft>) as number | string | null);
    if (e.target.value !== canonical) e.target.value = canonical;
    accepted.current = canonical;
    onRefusal(null);
    // The window losing focus keeps the editor: focus comes back to it.
    if (document.hasFocus()) onDone();
  };
  const handleFocus = (e: FocusEvent<HTMLInputElement>) => {
    accepted.current = e.target.value;
    original.current = e.target.value;
    e.target.select(); // typing replaces the whole value
  };
  const handleKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Escape' || e.nativeEvent.isComposing || readOnly) return;
    const input = e.currentTarget;
    if (input.value === original.current) return;
    e.preventDefault();
    input.value = original.current;
    accepted.current = original.current;
    onRefusal(null);
    void onChange({ target: input, type: 'change' });
    input.select();
  };

  return (
    <input
      ref={(el) => {
        own.current = el;
        ref(el);
      }}
      name={name}
      id={path}
      className="grid-input"
      type="text"
      inputMode={kind === 'count' ? 'numeric' : 'decimal'}
      autoComplete="off"
      spellCheck={false}
      aria-label={aria.label}
      aria-invalid={aria.invalid || undefined}
      aria-describedby={aria.describedBy}
      readOnly={readOnly}
      onChange={handleChange}
      onCompositionEnd={handleCompositionEnd}
      onBlur={handleBlur}
      onFocus={handleFocus}
      onKeyDown={handleKeyDown}
    />
  );
}
