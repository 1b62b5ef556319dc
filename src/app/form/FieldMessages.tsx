import type { Finding } from '../../report/findings';
import { errorId } from './field-ids';

/** A field's problems as text (never colour alone); warnings are marked as such. */
export function FieldMessages({ path, findings }: { path: string; findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <div id={errorId(path)} className="field-messages">
      {findings.map((f, i) => (
        <p key={i} className={f.severity === 'error' ? 'field-error' : 'field-warning'}>
          <span className="visually-hidden">{f.severity === 'error' ? '错误：' : '提醒：'}</span>
          {f.message}
        </p>
      ))}
    </div>
  );
}
