import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';

/** A small form that posts its fields and says what the server answered. */
export function AdminForm({
  title,
  onSubmit,
  children,
}: {
  title: string;
  onSubmit: (data: FormData) => Promise<string>;
  children: ReactNode;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const text = await onSubmit(new FormData(form));
    setMessage(text);
  };
  return (
    <form className="panel admin-form" onSubmit={(e) => void submit(e)} aria-label={title}>
      <h2>{title}</h2>
      {children}
      <button type="submit" className="button primary">
        {title}
      </button>
      <p role="status">{message}</p>
    </form>
  );
}

/** A labelled input, or a select when it has options. */
export function Field({
  label,
  name,
  type = 'text',
  children,
}: {
  label: string;
  name: string;
  type?: string;
  children?: ReactNode;
}) {
  const id = `admin-${name}-${label}`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children ? (
        <select id={id} name={name} className="input input-medium">
          {children}
        </select>
      ) : (
        <input id={id} name={name} type={type} className="input input-medium" autoComplete="off" />
      )}
    </div>
  );
}

export const str = (d: FormData, k: string) => String(d.get(k) ?? '').trim();
export const num = (d: FormData, k: string) => (str(d, k) ? Number(str(d, k)) : undefined);
