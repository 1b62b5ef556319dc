import { PARTS } from '../report/layout/parts';
import { TABLE_LINES } from '../report/table-rows';
import { computeDerived, valueAt } from '../report/totals';
import type { Draft } from '../report/schema';

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

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

/**
 * CSV (UTF-8 with BOM so Excel opens it): a header line (表格, 项目, column names) wherever
 * the columns change, then one line per table row with its values.
 */
export function sumCsv(total: Draft): string {
  const out: string[] = [];
  let header = '';
  for (const l of sumLines(total)) {
    const h = ['表格', '项目', ...l.columns].map(csvField).join(',');
    if (h !== header) out.push((header = h));
    out.push([TABLE_NUMERAL[l.table] ?? l.table, l.label, ...l.values.map(String)].map(csvField).join(','));
  }
  return `\uFEFF${out.join('\r\n')}\r\n`;
}
