import { TOTAL_KEY } from '../report/layout/applicant-columns';
import {
  APPEAL_GROUPS,
  APPEAL_OUTCOMES,
  APPEAL_TOTAL_LABEL,
  LITIGATION_LABEL,
} from '../report/layout/appeals-columns';
import type { AppealGroupKey } from '../report/layout/appeals-columns';
import type { PrintedTotal } from '../report/rules/printed-totals';
import type { SourceLine } from './lines';
import { isBlankCell, labelKey, looksNumeric, parseCount } from './normalize';
import type { ImportedNumber, TableImport } from './table-import';
import { EMPTY_TABLE } from './table-import';

/**
 * Table 四 printed as three small tables, one row each, under their own titles (the core's
 * APPEAL_GROUPS, or 表一 … 表三 numbered), each with the outcome header (the core's outcome
 * columns) over its numbers.
 *
 * Read only when it is certain: three data rows, each after exactly one group's title and a
 * header naming the five columns, each group once. Otherwise undefined (the other readings try).
 */

const OUTCOME_KEYS = [...APPEAL_OUTCOMES.map((o) => o.key), TOTAL_KEY] as const;
const OUTCOME_LABELS = [...APPEAL_OUTCOMES.map((o) => labelKey(o.label)), labelKey(APPEAL_TOTAL_LABEL)];

/** The one group a title line names, if exactly one: the two suits' titles are tried first. */
function groupOf(text: string): AppealGroupKey | undefined {
  const key = labelKey(text);
  const direct = APPEAL_GROUPS.filter((g) => g.parent !== null && key.includes(labelKey(g.label)));
  if (direct.length === 1) return direct[0]?.key;
  if (direct.length > 1) return undefined;
  const first = APPEAL_GROUPS[0];
  return first && key.includes(labelKey(first.label)) ? first.key : undefined;
}

/** The header's columns in printed order (each of the five once), or undefined. */
function headerColumns(cells: readonly string[]): (typeof OUTCOME_KEYS)[number][] | undefined {
  const filled = cells.filter((c) => !isBlankCell(c)).map(labelKey);
  if (filled.length !== OUTCOME_KEYS.length) return undefined;
  const order = filled.map((c) => OUTCOME_LABELS.indexOf(c));
  if (order.some((i) => i < 0) || new Set(order).size !== order.length) return undefined;
  return order.map((i) => OUTCOME_KEYS[i] ?? TOTAL_KEY);
}

export function readThreeAppealsTables(lines: readonly SourceLine[]): TableImport | undefined {
  let group: AppealGroupKey | undefined;
  let titles = 0;
  let columns: (typeof OUTCOME_KEYS)[number][] | undefined;
  const seen = new Set<AppealGroupKey>();
  const numbers: ImportedNumber[] = [];
  const printed: PrintedTotal[] = [];
  for (const line of lines) {
    const filled = line.cells.filter((c) => !isBlankCell(c));
    if (filled.length === 0) continue;
    const header = headerColumns(line.cells);
    if (header) {
      columns = header;
      continue;
    }
    const numeric = filled.every(looksNumeric);
    if (!numeric) {
      if (filled.length !== 1) return undefined;
      const text = filled[0] ?? '';
      const g = groupOf(text);
      // Over the two suits' tables: 行政诉讼 alone, or the unit (单位：件).
      if (!g && (labelKey(text) === labelKey(LITIGATION_LABEL) || /^[（(]?单位/.test(text.trim()))) continue;
      if (!g) return undefined;
      group = g;
      titles++;
      columns = undefined;
      continue;
    }
    // A data row: five numbers under a header, after exactly one title since the last row.
    if (!group || titles !== 1 || !columns || seen.has(group) || line.cells.length !== columns.length)
      return undefined;
    const g = group;
    line.cells.forEach((cell, i) => {
      const col = columns?.[i] ?? TOTAL_KEY;
      const path = `appeals.${g}.${col}`;
      const value = parseCount(cell);
      if (col === TOTAL_KEY) {
        if (value !== null) printed.push({ path, printed: value });
      } else if (isBlankCell(cell)) numbers.push({ path, value: 0, line: line.no, blank: true });
      else if (value !== null) numbers.push({ path, value, line: line.no, blank: false });
    });
    seen.add(g);
    group = undefined;
    titles = 0;
  }
  if (seen.size !== APPEAL_GROUPS.length) return undefined;
  return {
    ...EMPTY_TABLE,
    numbers,
    printed,
    found: true,
    notices: [`表四印为三张小表（${APPEAL_GROUPS.map((g) => g.label).join('、')}），已按各自的标题读取。`],
  };
}
