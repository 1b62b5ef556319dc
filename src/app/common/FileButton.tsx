import { useId } from 'react';

interface Props {
  /** The button's text, which is also the file input's accessible name. */
  readonly label: string;
  readonly accept: string;
  readonly onFile: (file: File) => void;
  readonly primary?: boolean;
  readonly id?: string;
  readonly disabled?: boolean;
  readonly describedBy?: string;
}

/**
 * A file chooser that looks like a button: a styled label in front of a visually hidden
 * `<input type="file">` (the focus ring shows on the label). Choosing the same file again
 * reports again. Used for every file the app asks for: the browser's own control would speak
 * the browser's language (“Choose File / No file chosen”).
 */
export function FileButton({ label, accept, onFile, primary = false, id, disabled, describedBy }: Props) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <span className="file-button">
      <input
        id={inputId}
        type="file"
        accept={accept}
        className="visually-hidden"
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <label htmlFor={inputId} className={primary ? 'button primary' : 'button'}>
        {label}
      </label>
    </span>
  );
}
