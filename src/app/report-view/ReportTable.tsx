import { htmlCell, tableElementId } from '../../export/html-cell';
import type { ReportCell, ReportTable as ReportTableModel } from '../../export/report-document';
import { bodyGroups } from '../../export/table-groups';
import { columnPercents } from '../../export/table-widths';

function Cell({ cell }: { cell: ReportCell }) {
  const c = htmlCell(cell);
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

function Rows({ rows }: { rows: readonly (readonly ReportCell[])[] }) {
  return rows.map((row, r) => (
    <tr key={r}>
      {row.map((cell, i) => (
        <Cell key={i} cell={cell} />
      ))}
    </tr>
  ));
}

/** One official table, drawn exactly as the HTML export draws it (same cells, spans, classes). */
export function ReportTable({ table }: { table: ReportTableModel }) {
  return (
    <table className={`report-table table-${table.id}`} id={tableElementId(table.id)}>
      <caption className="visually-hidden">{table.caption}</caption>
      <colgroup>
        {columnPercents(table).map((w, i) => (
          <col key={i} style={{ width: `${w.toFixed(3)}%` }} />
        ))}
      </colgroup>
      {table.head.length > 0 && (
        <thead>
          <Rows rows={table.head} />
        </thead>
      )}
      {bodyGroups(table).map((rows, g) => (
        <tbody key={g}>
          <Rows rows={rows} />
        </tbody>
      ))}
    </table>
  );
}
