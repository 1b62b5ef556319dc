import { memo } from 'react';
import { derivedCell } from '../../report/derived-cells';
import { useFindingsAt } from '../findings/use-findings';
import { CellNotes, describedBy, severityOf } from './CellNotes';
import { tableHints } from './messages';
import { useRenderProbe } from './render-probe';
import { useTotal } from './use-totals';

/** A derived cell: computed, never typed; re-renders only when its own total changes. */
export const TotalOutput = memo(function TotalOutput({ path, colSpan }: { path: string; colSpan?: number }) {
  useRenderProbe(path);
  const value = useTotal(path);
  const findings = useFindingsAt(path);
  const severity = severityOf(findings);
  const label = derivedCell(path)?.label ?? path;
  return (
    <td className={`cell cell-derived${severity ? ` has-${severity}` : ''}`} colSpan={colSpan}>
      <output
        name={path}
        id={path}
        tabIndex={-1}
        aria-live="off"
        title={`${label}（${tableHints.derived}）`}
        aria-describedby={describedBy(path, findings)}
      >
        {value}
      </output>
      <CellNotes id={path} findings={findings} />
    </td>
  );
});
