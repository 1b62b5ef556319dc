import { APPLICANT_KEYS, TOTAL_KEY, TOTAL_LABEL } from '../report/layout/applicant-columns';
import { LAYOUT_2019_SINGLE_OTHER_HANDLING as SINGLE } from '../report/layout/layout-2019';
import { matrixRowLabel } from '../report/matrix-shape';
import type { PrintedTotal } from '../report/rules/printed-totals';
import type { SourceLine } from './lines';
import { bestAssignment } from './matrix-assign';
import type { RowGroup } from './matrix-groups';
import { groupRows } from './matrix-groups';
import type { MatrixLabel } from './matrix-labels';
import { resolveOpenRows } from './matrix-resolve';
import type { RowValues } from './matrix-resolve';
import type { LayoutId } from './matrix-slots';
import { matrixSlots } from './matrix-slots';
import type { PrintedCell } from './matrix-tokens';
import { matrixTokens } from './matrix-tokens';
import { unwrapMatrixRows } from './matrix-wrapped-rows';
import { parseCount } from './normalize';
import { onlyZeros, splitRunTogether } from './split-digits';
import type { AmbiguousRow, ImportedNumber, TableImport } from './table-import';
import type { Unmapped } from './unmapped';

export interface MatrixImport extends TableImport {
  /** '2019' when （六）其他处理 is printed as one row with numbers. */
  readonly layout: LayoutId;
}

const COLUMNS = [...APPLICANT_KEYS, TOTAL_KEY] as const;

function isSingleOtherHandling(
  groups: readonly RowGroup[],
  labels: readonly { label: MatrixLabel }[],
): boolean {
  const hasItems = labels.some((l) => l.label.kind === 'row' && l.label.key.startsWith(`${SINGLE.group}.`));
  const carriesNumbers = groups.some((g) => {
    const l = g.own ?? g.before;
    return l?.kind === 'group' && l.key === SINGLE.group;
  });
  return carriesNumbers && !hasItems;
}

function cellValue(cell: PrintedCell | undefined): number | null {
  return cell?.kind === 'num' ? parseCount(cell.text) : null;
}

/**
 * The ways to cut a row's run-together digits. Without a 总计 column nothing checks a cut, so only
 * the one that needs no choosing is taken: as many digits as columns, one digit a cell.
 */
function splitCandidates(group: RowGroup, width: number): number[][] {
  const split = group.split ?? [];
  // Printed on its label's line, only zeros: the other cells were blank (a blank is 0).
  if (group.own && onlyZeros(split)) return [Array<number>(width).fill(0)];
  const candidates = splitRunTogether(split, width, width === 7);
  return width === 7 ? candidates : candidates.filter((c) => c.every((v) => v < 10));
}

const rowLabel = matrixRowLabel;

/** Table 三: every row matched by its label (or its place between labelled rows), numbers by column. */
export function importMatrix(lines: readonly SourceLine[]): MatrixImport {
  const read = matrixTokens(unwrapMatrixRows(lines));
  const width = read.width;
  const grouped = groupRows(read.tokens, width);
  const layout: LayoutId = isSingleOtherHandling(grouped.groups, grouped.labels) ? '2019' : '2021';
  const slots = matrixSlots(layout);
  const assignment = bestAssignment(grouped.groups, grouped.labels, slots, layout);
  const unmapped: Unmapped[] = [...read.unmapped, ...grouped.unmapped];
  for (const { group, reason } of assignment.unassigned) {
    const text =
      group.cells?.map((c) => (c.kind === 'blank' ? '' : c.text)).join(' ') ?? group.split?.join(' ') ?? '';
    unmapped.push({ line: group.line, text, reason });
  }

  const fixed = new Map<number, RowValues>();
  const open = new Map<number, number[][]>();
  for (const [slot, group] of assignment.bySlot) {
    if (group.split) open.set(slot, splitCandidates(group, width));
    else fixed.set(slot, (group.cells ?? []).map(cellValue));
  }
  const resolution = resolveOpenRows(slots, fixed, open, width);

  const numbers: ImportedNumber[] = [];
  const printed: PrintedTotal[] = [];
  const ambiguous: AmbiguousRow[] = [];
  const notices: string[] = [];

  const take = (slot: number, line: number, cells: readonly PrintedCell[] | readonly number[]): void => {
    const s = slots[slot];
    if (!s) return;
    if (cells.length !== width) {
      unmapped.push({
        line,
        text: cells
          .map((c) => (typeof c === 'number' ? String(c) : c.kind === 'blank' ? '' : c.text))
          .join(' '),
        reason: `“${rowLabel(s.key)}”印有 ${cells.length} 个数，表格每行应有 ${width} 个，未导入这一行`,
      });
      return;
    }
    cells.forEach((cell, k) => {
      const col = COLUMNS[k];
      if (!col) return;
      const path = `applications.${s.key}.${col}`;
      const printedCell: PrintedCell = typeof cell === 'number' ? { kind: 'num', text: String(cell) } : cell;
      const value = cellValue(printedCell);
      if (s.derived || col === TOTAL_KEY) {
        if (value !== null) printed.push({ path, printed: value });
        return;
      }
      if (printedCell.kind === 'blank') numbers.push({ path, value: 0, line, blank: true });
      else if (value !== null) numbers.push({ path, value, line, blank: false });
      else
        unmapped.push({
          line,
          text: printedCell.text,
          cell: printedCell.text,
          reason: `“${rowLabel(s.key)}”中不是整数的数字，未导入`,
        });
    });
  };

  for (const [slot, group] of [...assignment.bySlot].sort((a, b) => a[0] - b[0])) {
    const s = slots[slot];
    if (!s) continue;
    if (group.cells) {
      take(slot, group.line, group.cells);
      continue;
    }
    const chosen = resolution.chosen.get(slot);
    if (chosen) {
      take(slot, group.line, chosen);
      notices.push(
        `表三“${rowLabel(s.key)}”的数字连在一起（${group.split?.join(' ')}），已按合计拆分为 ${chosen.join('、')}。`,
      );
      continue;
    }
    const candidates = open.get(slot) ?? [];
    ambiguous.push({
      path: `applications.${s.key}`,
      line: group.line,
      printed: group.split?.join(' ') ?? '',
      candidates,
      reason:
        candidates.length === 0
          ? `“${rowLabel(s.key)}”的数字连在一起（${group.split?.join(' ')}），无法拆分成 ${width} 个数，这一行未导入`
          : `“${rowLabel(s.key)}”的数字连在一起（${group.split?.join(' ')}），有 ${candidates.length} 种拆法都说得通，这一行未导入，请人工填写`,
    });
  }

  const missing = slots
    .filter((_, i) => !assignment.bySlot.has(i) && !slots[i]?.derived)
    .map((s) => rowLabel(s.key));
  const found = assignment.bySlot.size > 0;
  if (found && missing.length > 0)
    notices.push(`表三中没有找到以下各行的数字，相应单元格留空：${missing.join('；')}。`);
  if (layout === '2019') {
    notices.push(
      `表三按 2019 年版格式印制，“${SINGLE.label}”只有一行，其数字已记入“${rowLabel(SINGLE.mapsTo)}”。`,
    );
  }
  if (found && width === 6) notices.push(`表三没有“${TOTAL_LABEL}”列，无法核对各行合计。`);
  return { layout, numbers, printed, ambiguous, unmapped, notices, found };
}
