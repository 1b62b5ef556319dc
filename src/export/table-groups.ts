import type { ReportCell, ReportTable } from './report-document';

/**
 * The body rows of a table in the groups printed together: table 二's blocks (a
 * 第二十条 heading row with its column headers and rows) each become one `<tbody>` that is
 * not split across pages; a table without block headings is one group.
 */
export function bodyGroups(table: Pick<ReportTable, 'body'>): (readonly ReportCell[])[][] {
  const groups: (readonly ReportCell[])[][] = [];
  for (const row of table.body) {
    const last = groups.at(-1);
    if (!last || row[0]?.kind === 'blockHeading') groups.push([row]);
    else last.push(row);
  }
  return groups;
}
