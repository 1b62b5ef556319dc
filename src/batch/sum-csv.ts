import { PARTS } from '../report/layout/parts';
import { TABLE_LINES } from '../report/table-rows';
import { computeDerived, valueAt } from '../report/totals';
import type { Draft } from '../report/schema';
import { csvText } from './csv';

export interface SumLine {
  readonly table: string;
  readonly label: string;
  readonly columns: readonly string[];
  readonly values: readonly number[];
}

/** One line per row of the three tables, values in the official column order (totals computed). */
export function sumLines(total: Draft): SumLine[] {
  const derived = computeDerived(total);
  return TABLE_LINES.map((line) => ({
    table: line.table,
    label: line.label,
    columns: line.columns,
    values: line.paths.map((p) => valueAt(total, derived, p) ?? 0),
  }));
}

const TABLE_NUMERAL = Object.fromEntries(PARTS.flatMap((p) => ('table' in p ? [[p.table, p.numeral]] : [])));

/** The rows of `sumCsv`, with `lead` fields put before each (the header lines get `leadHeader`). */
function sumRows(total: Draft, leadHeader: readonly string[], lead: readonly string[]): string[][] {
  const out: string[][] = [];
  let header = '';
  for (const l of sumLines(total)) {
    const h = [...leadHeader, '表格', '项目', ...l.columns];
    if (h.join('\u0000') !== header) {
      header = h.join('\u0000');
      out.push(h);
    }
    out.push([...lead, TABLE_NUMERAL[l.table] ?? l.table, l.label, ...l.values.map(String)]);
  }
  return out;
}

/**
 * CSV (UTF-8 with BOM so Excel opens it): a header line (表格, 项目, column names) wherever
 * the columns change, then one line per table row with its values.
 */
export function sumCsv(total: Draft): string {
  return csvText(sumRows(total, [], []));
}

/**
 * The subtotals of many regions in one CSV: for each region (in the order given), the lines of
 * `sumCsv` with the region's name and level in front.
 */
export function subtotalsCsv(entries: readonly { name: string; level: string; total: Draft }[]): string {
  return csvText(entries.flatMap((e) => sumRows(e.total, ['地区', '层级'], [e.name, e.level])));
}
