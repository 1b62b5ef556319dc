import type { DerivedCell } from '../../report/derived-cells';
import { DERIVED_CELLS } from '../../report/derived-cells';
import { TOTAL_LABEL } from '../../report/layout/applicant-columns';
import { MATRIX_FLAT_ROWS } from '../../report/matrix-shape';
import { matrixRowName } from '../../report/numeric-fields';
import { numericField } from '../../report/numeric-fields';
import type { GridCell, GridTable, TableId } from '../../report/table-model';
import { tablePins } from '../../export/table-pins';
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
  /** The derived cells drawn in the body, in dependency order. */
  readonly derived: readonly DerivedCell[];
  /** Row-label cells and the label column each starts in: they stay in view while the table scrolls sideways. */
  readonly pins: ReadonlyMap<GridCell, number>;
}

/** What the matrix's paste area leaves out, named from the layout: （七）总计行和总计列. */
const matrixExcluded = () => {
  const derivedRows = MATRIX_FLAT_ROWS.filter((r) => r.derived).map((r) => r.label);
  return `${derivedRows.join('、')}行和${TOTAL_LABEL}列`;
};

/** The matrix row a cell's path lies in, named as in messages (`（三）不予公开 1.属于国家秘密`). */
const matrixRowOf = (path: string): string => {
  const key = path.replace(/^applications\./, '').replace(/\.[^.]+$/, '');
  const row = MATRIX_FLAT_ROWS.find((r) => r.key === key);
  return row ? matrixRowName(row) : path;
};

function build(id: TableId): TableGrid {
  const table = gridTable(id);
  const slots = typedSlots(table.body);
  const derivedPaths = new Set(table.body.flat().flatMap((c) => (c.derived && c.path ? [c.path] : [])));
  return {
    table,
    neighbours: neighbourMap(slots),
    paste: {
      rows: typedRows(slots),
      kindOf: (path) => numericField(path)?.kind ?? 'count',
      nameOf: (path) => numericField(path)?.label ?? path,
      excluded:
        id === 'applications' ? matrixExcluded() : derivedPaths.size > 0 ? `${TOTAL_LABEL}列` : undefined,
      trailingTotal: id === 'applications' ? { label: TOTAL_LABEL, rowName: matrixRowOf } : undefined,
    },
    derived: DERIVED_CELLS.filter((d) => derivedPaths.has(d.path)),
    pins: tablePins(table).columnOf,
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
