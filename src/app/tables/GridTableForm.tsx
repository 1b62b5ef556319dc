import './tables.css';
import { memo } from 'react';
import type { TableId } from '../../report/table-model';
import { GridCellView } from './GridCellView';
import { GridNoticeBox } from './GridNoticeBox';
import { tableHints } from './messages';
import { useRenderProbe } from './render-probe';
import { tableGrid } from './table-grids';
import { useGridKeys } from './use-grid-keys';
import { useStickyHead } from './use-sticky-head';
import { TotalsContext, useTableTotals } from './use-totals';

const GridBody = memo(function GridBody({ id, readOnly }: { id: TableId; readOnly: boolean }) {
  const { table, pins } = tableGrid(id);
  return (
    <>
      {table.head.length > 0 && (
        <thead>
          {table.head.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <GridCellView key={j} cell={cell} readOnly={readOnly} />
              ))}
            </tr>
          ))}
        </thead>
      )}
      <tbody>
        {table.body.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <GridCellView key={j} cell={cell} readOnly={readOnly} pinColumn={pins.get(cell)} />
            ))}
          </tr>
        ))}
      </tbody>
    </>
  );
});

/** Table 二 or 四 as a form: labels and merges from the grid model, spreadsheet keys, live totals. */
export function GridTableForm({
  table,
  readOnly = false,
}: {
  table: Exclude<TableId, 'applications'>;
  readOnly?: boolean;
}) {
  useRenderProbe(`table:${table}`);
  const grid = tableGrid(table);
  const store = useTableTotals(grid.derived);
  const { notice, handlers } = useGridKeys(grid, readOnly);
  const head = useStickyHead<HTMLTableElement>();
  return (
    <TotalsContext.Provider value={store}>
      <div className={`grid-form-wrap grid-${table}-wrap`}>
        <div className="grid-scroll">
          <table ref={head} className={`grid-form grid-${table}`} {...handlers}>
            <caption>
              <span className="grid-caption">{grid.table.caption}</span>
              {!readOnly && (
                <span className="grid-hint">
                  {grid.derived.length > 0 && tableHints.derivedLegend}
                  {tableHints.entryLegend}
                </span>
              )}
            </caption>
            <GridBody id={table} readOnly={readOnly} />
          </table>
        </div>
        <GridNoticeBox notice={notice} />
      </div>
    </TotalsContext.Provider>
  );
}
