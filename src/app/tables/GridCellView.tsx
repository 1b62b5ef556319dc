import type { GridCell } from '../../report/table-model';
import { NumberCell } from './NumberCell';
import { TotalOutput } from './TotalOutput';

const span = (n: number) => (n > 1 ? n : undefined);

/**
 * One cell of a grid model: a label (`<th>`), a typed number, or a derived total.
 * `pinColumn`: a row label's column, kept in view while the table scrolls sideways (`pin-<n>`).
 * A row label merged over several rows keeps its words in view while the table scrolls down
 * (`label-stuck`).
 */
export function GridCellView({
  cell,
  readOnly,
  pinColumn,
}: {
  cell: GridCell;
  readOnly: boolean;
  pinColumn?: number | undefined;
}) {
  if (cell.kind === 'value' && cell.path) {
    return cell.derived ? (
      <TotalOutput path={cell.path} colSpan={span(cell.colSpan)} />
    ) : (
      <NumberCell path={cell.path} readOnly={readOnly} colSpan={span(cell.colSpan)} />
    );
  }
  return (
    <th
      rowSpan={span(cell.rowSpan)}
      colSpan={span(cell.colSpan)}
      scope={cell.scope}
      className={`label label-${cell.kind}${pinColumn === undefined ? '' : ` pin pin-${pinColumn}`}`}
    >
      {cell.rowSpan > 1 && cell.kind === 'rowHeader' ? (
        <span className="label-stuck">{cell.text}</span>
      ) : (
        cell.text
      )}
    </th>
  );
}
