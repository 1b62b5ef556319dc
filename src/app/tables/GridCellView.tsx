import type { GridCell } from '../../report/table-model';
import { NumberCell } from './NumberCell';
import { TotalOutput } from './TotalOutput';

const span = (n: number) => (n > 1 ? n : undefined);

/** One cell of a grid model: a label (`<th>`), a typed number, or a derived total. */
export function GridCellView({ cell, readOnly }: { cell: GridCell; readOnly: boolean }) {
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
      className={`label label-${cell.kind}`}
    >
      {cell.text}
    </th>
  );
}
