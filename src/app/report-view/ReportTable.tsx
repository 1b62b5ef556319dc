import { htmlCell, rowClassName, tableElementId, tableScrollClassName } from '../../export/html-cell';
import type { ReportCell, ReportTable as ReportTableModel } from '../../export/report-document';
import { bodyGroups } from '../../export/table-groups';
import { tablePins } from '../../export/table-pins';
import { columnPercents } from '../../export/table-widths';

type Pins = ReadonlyMap<ReportCell, number>;

function Cell({ cell, pinColumn }: { cell: ReportCell; pinColumn: number | undefined }) {
  const c = htmlCell(cell, pinColumn);
  const Tag = c.tag;
  return (
    <Tag
      scope={c.scope}
      rowSpan={c.rowSpan}
      colSpan={c.colSpan}
      className={c.className}
      data-path={c.dataPath}
    >
      {c.text}
    </Tag>
  );
}

function Rows({ rows, pins }: { rows: readonly (readonly ReportCell[])[]; pins: Pins }) {
  return rows.map((row, r) => (
    <tr key={r} className={rowClassName(row)}>
      {row.map((cell, i) => (
        <Cell key={i} cell={cell} pinColumn={pins.get(cell)} />
      ))}
    </tr>
  ));
}

/** One official table, drawn exactly as the HTML export draws it (same cells, spans, classes). */
export function ReportTable({ table }: { table: ReportTableModel }) {
  const pins = tablePins(table).columnOf;
  return (
    <div className={tableScrollClassName(table.id)} role="region" tabIndex={0} aria-label={table.caption}>
      <table className={`report-table table-${table.id}`} id={tableElementId(table.id)}>
        <caption className="visually-hidden">{table.caption}</caption>
        <colgroup>
          {columnPercents(table).map((w, i) => (
            <col key={i} style={{ width: `${w.toFixed(3)}%` }} />
          ))}
        </colgroup>
        {table.head.length > 0 && (
          <thead>
            <Rows rows={table.head} pins={pins} />
          </thead>
        )}
        {bodyGroups(table).map((rows, g) => (
          <tbody key={g}>
            <Rows rows={rows} pins={pins} />
          </tbody>
        ))}
      </table>
    </div>
  );
}
