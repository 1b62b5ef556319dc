import { TOTAL_LABEL } from '../../report/layout/applicant-columns';
import { MATRIX_FLAT_ROWS } from '../../report/matrix-shape';
import { numericField } from '../../report/numeric-fields';
import type { GridTable, TableId } from '../../report/table-model';
import { gridTable } from '../../report/table-model';
import { typedRows, typedSlots } from './grid-cells';
import type { Neighbours } from './grid-navigation';
import { neighbourMap } from './grid-navigation';
import type { PasteTarget } from './paste-block';

/** What a table form needs besides its grid: arrow-key neighbours and its paste area. */
export interface TableGrid {
  readonly table: GridTable;
  readonly neighbours: ReadonlyMap<string, Neighbours>;
  readonly paste: PasteTarget;
}

/** What the matrix's paste area leaves out, named from the layout: （七）总计行和总计列. */
const matrixExcluded = () => {
  const derivedRows = MATRIX_FLAT_ROWS.filter((r) => r.derived).map((r) => r.label);
  return `${derivedRows.join('、')}行和${TOTAL_LABEL}列`;
};

function build(id: TableId): TableGrid {
  const table = gridTable(id);
  const slots = typedSlots(table.body);
  const derivedHeaders = [
    ...new Set(
      table.head
        .flat()
        .filter((c) => c.text === TOTAL_LABEL)
        .map((c) => c.text),
    ),
  ];
  return {
    table,
    neighbours: neighbourMap(slots),
    paste: {
      rows: typedRows(slots),
      kindOf: (path) => numericField(path)?.kind ?? 'count',
      nameOf: (path) => numericField(path)?.label ?? path,
      excluded:
        id === 'applications' ? matrixExcluded() : derivedHeaders.length > 0 ? `${TOTAL_LABEL}列` : undefined,
    },
  };
}

const cache = new Map<TableId, TableGrid>();

export function tableGrid(id: TableId): TableGrid {
  let grid = cache.get(id);
  if (!grid) {
    grid = build(id);
    cache.set(id, grid);
  }
  return grid;
}
