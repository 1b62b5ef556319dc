import { FieldShell } from './FieldShell';

export interface SelectOption {
  readonly value: string | number;
  readonly label: string;
}

interface SelectFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string | number;
  readonly options: readonly SelectOption[];
  /** The chosen option's value, as the select gives it (a string). */
  readonly onChange: (value: string) => void;
  /** A narrow select (a year). */
  readonly short?: boolean;
  /** The field's own class beside `field` (its place in a page's layout). */
  readonly className?: string | undefined;
}

/** A labelled select on the field shell: the filters and year choices of the server's pages. */
export function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  short = false,
  className,
}: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} className={className}>
      {(control) => (
        <select
          {...control}
          className={short ? 'input input-short' : 'input'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
