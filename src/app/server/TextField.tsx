import { FieldShell } from '../common/FieldShell';

interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'password';
  readonly autoComplete?: string;
}

/** One labelled text or password field of the server's small forms (sign-in, setup, password), in the common field shell. */
export function TextField({ id, label, value, onChange, type = 'text', autoComplete }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label}>
      {(control) => (
        <input
          {...control}
          className="input input-medium"
          type={type}
          autoComplete={autoComplete}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}
