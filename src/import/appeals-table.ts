import { TOTAL_KEY } from '../report/layout/applicant-columns';
import {
  APPEAL_GROUPS,
  APPEAL_OUTCOMES,
  APPEAL_TOTAL_LABEL,
  LITIGATION_LABEL,
} from '../report/layout/appeals-columns';
import type { PrintedTotal } from '../report/rules/printed-totals';
import type { AppealsColumn } from './appeals-columns-map';
import { STANDARD_APPEALS_COLUMNS, appealsColumnsFromHeader } from './appeals-columns-map';
import { APPEALS_LABELS } from './appeals-labels';
import { readLooseAppeals } from './appeals-partition';
import { readThreeAppealsTables } from './appeals-three-tables';
import { isLabelPieces, isSpacedLabels } from './label-index';
import { looseNumbers } from './loose-numbers';
import type { LooseNumber } from './appeals-partition';
import type { SourceLine } from './lines';
import { isBlankCell, labelKey, looksNumeric, parseCount } from './normalize';
import { onlyZeros, splitRunTogether } from './split-digits';
import type { AmbiguousRow, ImportedNumber, TableImport } from './table-import';
import { EMPTY_TABLE } from './table-import';
import type { Unmapped } from './unmapped';

const LEAF_COLUMNS = STANDARD_APPEALS_COLUMNS.filter((c) => c.outcome !== 'total');

function isLabelCell(cell: string): boolean {
  return APPEALS_LABELS.exact(labelKey(cell)) !== undefined;
}

/** Cells of one tab-separated data row placed under their columns. */
function fromRow(cells: readonly string[], columns: readonly AppealsColumn[], line: number): TableImport {
  const numbers: ImportedNumber[] = [];
  const printed: PrintedTotal[] = [];
  const unmapped: Unmapped[] = [];
  columns.forEach((col, i) => {
    const cell = cells[i] ?? '';
    const path =
      col.outcome === 'total' ? `appeals.${col.group}.${TOTAL_KEY}` : `appeals.${col.group}.${col.outcome}`;
    const value = parseCount(cell);
    if (col.outcome === 'total') {
      if (value !== null) printed.push({ path, printed: value });
    } else if (isBlankCell(cell)) numbers.push({ path, value: 0, line, blank: true });
    else if (value !== null) numbers.push({ path, value, line, blank: false });
    else unmapped.push({ line, text: cell, cell, reason: '表四中不是整数的数字，未导入' });
  });
  return { ...EMPTY_TABLE, numbers, printed, unmapped, found: true };
}

/** Numbers one per line (PDF text): placed by their sums, see readLooseAppeals. */
function fromLoose(loose: readonly LooseNumber[], line: number): TableImport {
  if (loose.length === LEAF_COLUMNS.length) {
    return fromRow(
      loose.map((n) => String(n.value)),
      LEAF_COLUMNS,
      line,
    );
  }
  const readings = readLooseAppeals(loose);
  const reading = readings[0];
  const printedText = loose.map((n) => n.value).join(' ');
  if (readings.length !== 1 || !reading) {
    const ambiguous: AmbiguousRow = {
      path: 'appeals',
      line,
      printed: printedText,
      candidates: readings.map((r) => r.leaves.flat()),
      reason: '表四的数字次序被打乱，有多种读法都说得通，未导入，请人工填写',
    };
    return { ...EMPTY_TABLE, ambiguous: [ambiguous], found: true };
  }
  // Out of the page's order, the sums pair each run of outcomes with its 总计, but the two 诉讼
  // groups stand under one header and their columns can come out in either order: which group
  // is which is not in the text. 行政复议's columns all stand left of them, so it comes first.
  const sure = reading.pageOrder ? APPEAL_GROUPS.length : 1;
  const numbers: ImportedNumber[] = [];
  const printed: PrintedTotal[] = [];
  APPEAL_GROUPS.slice(0, sure).forEach((g, gi) => {
    APPEAL_OUTCOMES.forEach((o, oi) => {
      numbers.push({
        path: `appeals.${g.key}.${o.key}`,
        value: reading.leaves[gi]?.[oi] ?? 0,
        line,
        blank: false,
      });
    });
    const total = reading.totals[gi];
    if (total !== undefined) printed.push({ path: `appeals.${g.key}.${TOTAL_KEY}`, printed: total });
  });
  if (sure === APPEAL_GROUPS.length) return { ...EMPTY_TABLE, numbers, printed, found: true };
  const [a, b] = [reading.leaves[1] ?? [], reading.leaves[2] ?? []];
  const ambiguous = APPEAL_GROUPS.slice(sure).map((g): AmbiguousRow => ({
    path: `appeals.${g.key}`,
    line,
    printed: printedText,
    candidates: [a, b],
    reason: `表四的数字次序被打乱：两组${LITIGATION_LABEL}的数字（${a.join('、')} 和 ${b.join('、')}）哪一组是“${g.label}”，文字里看不出，未导入，请对照原报告人工填写`,
  }));
  return { ...EMPTY_TABLE, numbers, printed, ambiguous, found: true };
}

const GROUP = APPEAL_OUTCOMES.length + 1;

/** Each finished group of five: its 总计 is the sum of its four outcomes. */
function groupsAddUp(parts: readonly number[]): boolean {
  for (let g = 0; g + GROUP <= parts.length; g += GROUP) {
    const four = parts.slice(g, g + GROUP - 1).reduce((a, b) => a + b, 0);
    if (parts[g + GROUP - 1] !== four) return false;
  }
  return true;
}

/**
 * Table 四's digits run together (`000000000000000`, `72641783735112116…`): cut into the fifteen
 * cells so that each group's 总计 is the sum of its four outcomes. One cut → its values; several →
 * ambiguous; none → undefined (the caller reports the numbers as not placed).
 */
function splitAppeals(tokens: readonly string[]): { values: string[] } | TableImport | undefined {
  const width = STANDARD_APPEALS_COLUMNS.length;
  if (onlyZeros(tokens)) return { values: Array<string>(width).fill('0') };
  const candidates = splitRunTogether(tokens, width, false, 16, groupsAddUp);
  const only = candidates[0];
  if (candidates.length === 1 && only) return { values: only.map(String) };
  if (candidates.length === 0) return undefined;
  const ambiguous: AmbiguousRow = {
    path: 'appeals',
    line: 0,
    printed: tokens.join(' '),
    candidates,
    reason: `表四的数字连在一起（${tokens.join(' ')}），有 ${candidates.length} 种拆法都符合各${APPEAL_TOTAL_LABEL}，未导入，请人工填写`,
  };
  return { ...EMPTY_TABLE, ambiguous: [ambiguous], found: true };
}

/** Table 四: one data row under its header (tab-separated), or 15 loose numbers from PDF text. */
export function importAppeals(lines: readonly SourceLine[]): TableImport {
  const read = readAppeals(lines);
  return { ...read, notices: [...read.notices, ...missingGroups(read)] };
}

/** `表四缺少“复议后起诉”的数字…` for each group of a table that was found with none of its cells read. */
function missingGroups(read: TableImport): string[] {
  if (!read.found || read.ambiguous.length > 0) return [];
  const missing = APPEAL_GROUPS.filter(
    (g) => !read.numbers.some((n) => n.path.startsWith(`appeals.${g.key}.`)),
  ).map((g) => `“${g.parent ? `${g.parent}（${g.label}）` : g.label}”`);
  return missing.length === 0 ? [] : [`表四缺少${missing.join('、')}的数字，相应单元格留空，请核对原报告。`];
}

/**
 * Grid reading: a tab-separated data row under its header's column meaning (group labels cover
 * the merged columns to their right), or the standard 15 / 12 columns; undefined when its cells
 * fit no header.
 */
function gridReading(line: SourceLine, headers: readonly SourceLine[]): TableImport | undefined {
  const columns = appealsColumnsFromHeader(headers);
  const cells = line.cells;
  const byHeader = columns && cells.length >= columns.length ? columns : undefined;
  const standard =
    cells.length === STANDARD_APPEALS_COLUMNS.length
      ? STANDARD_APPEALS_COLUMNS
      : cells.length === LEAF_COLUMNS.length
        ? LEAF_COLUMNS
        : undefined;
  const use = byHeader ?? standard;
  return use ? fromRow(cells, use, line.no) : undefined;
}

/** The loose numbers of table 四 as the text gives them: each number's text, line and label run. */
interface LooseAppeals {
  readonly texts: readonly string[];
  readonly values: readonly LooseNumber[];
  readonly lines: ReadonlySet<number>;
  readonly firstLine: number;
}

/**
 * Loose-number reading: fifteen numbers on one line apart (a PDF viewer's layout copy) in column
 * order; fifteen or twelve one a line (PDF text) by `readLooseAppeals`; digits run together cut by
 * each group's 总计 (`splitAppeals`). Undefined when there are none; unmapped when they do not fit.
 */
function looseReading(loose: LooseAppeals): TableImport | undefined {
  const { texts, values, lines, firstLine } = loose;
  if (texts.length === 0) return undefined;
  const allRead = values.length === texts.length;
  if (allRead && lines.size === 1 && values.length === STANDARD_APPEALS_COLUMNS.length) {
    return fromRow(texts, STANDARD_APPEALS_COLUMNS, firstLine);
  }
  if (
    allRead &&
    (values.length === STANDARD_APPEALS_COLUMNS.length || values.length === LEAF_COLUMNS.length)
  ) {
    return fromLoose(values, firstLine);
  }
  const split = splitAppeals(texts);
  if (split) return 'values' in split ? fromRow(split.values, STANDARD_APPEALS_COLUMNS, firstLine) : split;
  return {
    ...EMPTY_TABLE,
    found: true,
    unmapped: [
      {
        line: firstLine,
        text: texts.join(' '),
        reason: `表四应有 ${STANDARD_APPEALS_COLUMNS.length} 个数（含 ${APPEAL_GROUPS.length} 个${APPEAL_TOTAL_LABEL}），这里有 ${texts.length} 个，未导入`,
      },
    ],
  };
}

/** The two readings of table 四, tried in this order. */
export const APPEALS_READINGS = { grid: gridReading, loose: looseReading } as const;

function readAppeals(lines: readonly SourceLine[]): TableImport {
  const three = readThreeAppealsTables(lines);
  if (three) return three;
  const headers: SourceLine[] = [];
  const unmapped: Unmapped[] = [];
  const values: LooseNumber[] = [];
  const texts: string[] = [];
  let run = 0;
  let firstLine = 0;
  const looseLines = new Set<number>();
  for (const line of lines) {
    if (line.cells.length === 0) continue;
    const filled = line.cells.filter((c) => !isBlankCell(c));
    const numeric = filled.every((c) => looksNumeric(c));
    if (line.cells.length > 1 && numeric && filled.length > 0) {
      const grid = gridReading(line, headers);
      if (grid) return { ...grid, unmapped };
      unmapped.push({
        line: line.no,
        text: line.text,
        reason: `表四的数据行有 ${line.cells.length} 格，与表头对不上，未导入`,
      });
      continue;
    }
    if (line.cells.length > 1) {
      if (line.cells.some(isLabelCell)) headers.push(line);
      continue;
    }
    const text = line.text.trim();
    const numbers = looseNumbers(text);
    if (numbers) {
      for (const t of numbers) {
        if (texts.length === 0) firstLine = line.no;
        texts.push(t);
        looseLines.add(line.no);
        const value = parseCount(t);
        if (value !== null) values.push({ value, run });
      }
      continue;
    }
    run++;
    const key = labelKey(text);
    if (
      !APPEALS_LABELS.isFragment(key) &&
      !isLabelPieces(key, APPEALS_LABELS) &&
      APPEALS_LABELS.exact(key) === undefined &&
      !isSpacedLabels(text, APPEALS_LABELS)
    ) {
      unmapped.push({ line: line.no, text, reason: '表四中认不出的文字' });
    }
  }
  const result = looseReading({ texts, values, lines: looseLines, firstLine });
  if (result) return { ...result, unmapped: [...unmapped, ...result.unmapped] };
  return { ...EMPTY_TABLE, unmapped, found: headers.length > 0 };
}
