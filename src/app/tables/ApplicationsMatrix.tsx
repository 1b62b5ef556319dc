import './tables.css';
import { memo } from 'react';
import { useTable } from '@tanstack/react-table';
import type { ReactTable } from '@tanstack/react-table';
import { derivedCell } from '../../report/derived-cells';
import { useWatch } from 'react-hook-form';
import { APPLICANT_KEYS, MATRIX_COLUMN_KEYS } from '../../report/layout/applicant-columns';
import type { ApplicantKey } from '../../report/layout/applicant-columns';
import { carriedOverSource } from '../../report/rules/cross-year';
import type { Draft } from '../../report/schema';
import type { MatrixRow } from '../../report/matrix-shape';
import { MATRIX_FLAT_ROWS } from '../../report/matrix-shape';
import { BalanceRow } from './BalanceRow';
import { GridCellView } from './GridCellView';
import { GridNoticeBox } from './GridNoticeBox';
import { MATRIX_COLUMNS, matrixFeatures } from './matrix-columns';
import { tableHints } from './messages';
import { NumberCell } from './NumberCell';
import { useRenderProbe } from './render-probe';
import { tableGrid } from './table-grids';
import { TotalOutput } from './TotalOutput';
import { useGridKeys } from './use-grid-keys';
import { useStickyHead } from './use-sticky-head';
import { TotalsContext, useTableTotals } from './use-totals';

type MatrixTable = ReactTable<typeof matrixFeatures, MatrixRow, object>;

const getRowId = (row: MatrixRow) => row.key;
const noState = () => ({});

/** The 3-row header: the corner cell from the grid model, then react-table's header groups. */
const MatrixHead = memo(function MatrixHead({ table }: { table: MatrixTable }) {
  const corner = tableGrid('applications').table.head[0]?.find((c) => c.kind === 'corner');
  const groups = table.getHeaderGroups();
  return (
    <thead>
      {groups.map((group, i) => (
        <tr key={group.id}>
          {i === 0 && corner && (
            <th rowSpan={groups.length} colSpan={corner.colSpan} className="label label-corner pin pin-0">
              {corner.text}
            </th>
          )}
          {group.headers
            .filter((h) => h.rowSpan > 0)
            .map((h) => (
              <th
                key={h.id}
                colSpan={h.colSpan > 1 ? h.colSpan : undefined}
                rowSpan={h.rowSpan > 1 ? h.rowSpan : undefined}
                scope={h.subHeaders.length > 0 ? 'colgroup' : 'col'}
                className={`label label-colHeader col-${h.column.id}`}
              >
                <table.FlexRender header={h} />
              </th>
            ))}
        </tr>
      ))}
    </thead>
  );
});

const CARRIED_OVER_ROW = 'carriedOver';

/** A cell of 二、上年结转: marked as coming from last year's report when the draft has one. */
function CarriedOverCell({ path, column, readOnly }: { path: string; column: string; readOnly: boolean }) {
  const baseline = useWatch<Draft, 'baseline'>({ name: 'baseline' });
  const origin =
    baseline && (APPLICANT_KEYS as readonly string[]).includes(column)
      ? carriedOverSource(baseline, column as ApplicantKey)
      : undefined;
  return <NumberCell path={path} readOnly={readOnly} origin={origin} />;
}

/**
 * The body: nested row labels with their row spans from the grid model (react-table
 * never spans body rows), value cells from react-table's rows × leaf columns.
 */
const MatrixBody = memo(function MatrixBody({ table, readOnly }: { table: MatrixTable; readOnly: boolean }) {
  const { table: grid, pins } = tableGrid('applications');
  const body = grid.body;
  return (
    <tbody>
      {table.getRowModel().rows.map((row, i) => (
        <tr key={row.id} className={row.original.derived ? 'row-derived' : undefined}>
          {body[i]
            ?.filter((c) => c.kind === 'rowHeader')
            .map((c, j) => (
              <GridCellView key={j} cell={c} readOnly={readOnly} pinColumn={pins.get(c)} />
            ))}
          {row.getAllCells().map((cell) => {
            const path = `applications.${row.id}.${cell.column.id}`;
            if (derivedCell(path)) return <TotalOutput key={cell.id} path={path} />;
            return row.id === CARRIED_OVER_ROW ? (
              <CarriedOverCell key={cell.id} path={path} column={cell.column.id} readOnly={readOnly} />
            ) : (
              <NumberCell key={cell.id} path={path} readOnly={readOnly} />
            );
          })}
        </tr>
      ))}
    </tbody>
  );
});

/**
 * The applicant matrix of part 三 (inside a react-hook-form FormProvider of a Draft):
 * the official merged layout, spreadsheet keys and paste, live totals and the
 * 勾稽关系 of every column. A keystroke re-renders only the totals it changes.
 */
export function ApplicationsMatrix({ readOnly = false }: { readOnly?: boolean }) {
  useRenderProbe('table:applications');
  const grid = tableGrid('applications');
  const table = useTable(
    { features: matrixFeatures, columns: MATRIX_COLUMNS, data: MATRIX_FLAT_ROWS, getRowId },
    noState,
  );
  const store = useTableTotals(grid.derived, MATRIX_COLUMN_KEYS);
  const { notice, handlers } = useGridKeys(grid, readOnly);
  const head = useStickyHead<HTMLTableElement>();
  return (
    <TotalsContext.Provider value={store}>
      <div className="grid-form-wrap grid-applications-wrap">
        <div className="grid-scroll">
          <table ref={head} className="grid-form grid-applications" {...handlers}>
            <caption>
              <span className="grid-caption">{grid.table.caption}</span>
              {!readOnly && (
                <span className="grid-hint">
                  {tableHints.derivedLegend}
                  {tableHints.entryLegend}
                </span>
              )}
            </caption>
            <colgroup>
              <col className="col-label-1" />
              <col className="col-label-2" />
              <col className="col-label-3" />
              {MATRIX_COLUMN_KEYS.map((k) => (
                <col key={k} className={`col-value col-${k}`} />
              ))}
            </colgroup>
            <MatrixHead table={table} />
            <MatrixBody table={table} readOnly={readOnly} />
            <tfoot>
              <BalanceRow />
            </tfoot>
          </table>
        </div>
        <GridNoticeBox notice={notice} />
      </div>
    </TotalsContext.Provider>
  );
}
