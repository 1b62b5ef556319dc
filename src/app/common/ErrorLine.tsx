/**
 * A form's or a field's error, read out when it appears (role="alert"); nothing while there is
 * none. `id` lets a field name it in its aria-describedby.
 */
export function ErrorLine({ message, id }: { message: string | null | undefined; id?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  );
}
