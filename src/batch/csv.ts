/** A plain number (an amount may be negative): a spreadsheet reads it as a number, not a formula. */
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * Characters that make a spreadsheet (Excel, WPS, LibreOffice) read a cell as a formula when
 * they lead it: `=`, `+`, `-`, `@`, and a tab or carriage return before one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: a leading apostrophe when a spreadsheet would run it as a formula (a unit or
 * region named `=HYPERLINK(…)`), as spreadsheet-safe exports do; then quoted when it holds a
 * comma, a quote or a line break. Every CSV the tool writes goes through here.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV text (UTF-8 with BOM so Excel opens it, CRLF line ends) from rows of fields. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
