import type { DeskLoad } from './use-desk-answer';

/** What a desk page shows until its answer is there: 正在读取…, or why it could not be read. */
export function DeskLoadStatus({ load }: { load: Exclude<DeskLoad<unknown>, { kind: 'ready' }> }) {
  if (load.kind === 'loading') return <p>正在读取…</p>;
  return (
    <p className="field-error" role="alert">
      {load.message}
    </p>
  );
}
