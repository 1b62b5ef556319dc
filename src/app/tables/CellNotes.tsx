import { memo } from 'react';
import type { Finding } from '../../report/findings';
import { SEVERITY_LABELS } from '../../report/findings';

/** The worst severity at a cell, for its class and flag. */
export function severityOf(findings: readonly Finding[]): 'error' | 'warning' | null {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  return findings.length > 0 ? 'warning' : null;
}

/**
 * What a cell has to say: a refused keystroke (shown at once, announced) and the
 * findings at the cell (a visible flag; the text shows on hover or focus and is the
 * input's accessible description).
 */
export const CellNotes = memo(function CellNotes({
  id,
  findings,
  refusal,
}: {
  id: string;
  findings: readonly Finding[];
  refusal?: string | null;
}) {
  const severity = severityOf(findings);
  return (
    <>
      {severity && (
        <span className={`cell-flag ${severity}`} aria-hidden="true">
          {severity === 'error' ? '✗' : '!'}
        </span>
      )}
      {refusal && (
        <span className="cell-note refusal" id={`${id}-refusal`} role="alert">
          {refusal}
        </span>
      )}
      {findings.length > 0 && (
        <span className="cell-note finding" id={`${id}-findings`}>
          {findings.map((f, i) => (
            <span key={i} className={f.severity}>
              {SEVERITY_LABELS[f.severity]}：{f.message}
            </span>
          ))}
        </span>
      )}
    </>
  );
});

/** The ids an input or output is described by. */
export function describedBy(id: string, findings: readonly Finding[], refusal?: string | null) {
  const ids = [refusal ? `${id}-refusal` : '', findings.length > 0 ? `${id}-findings` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
