import { PROACTIVE_BLOCKS, proactivePath } from '../report/layout/proactive-blocks';
import { hasAtMostDecimals } from '../report/schema';
import { MAX_DECIMALS } from '../report/numeric-fields';
import { isSpacedLabels } from './label-index';
import { matchWithLookahead } from './label-lookahead';
import type { SourceLine } from './lines';
import { isBlankCell, labelKey, looksNumeric, parseAmount, parseCount } from './normalize';
import type { ProactiveLabel } from './proactive-labels';
import { PROACTIVE_COLUMN_LABELS, PROACTIVE_LABELS } from './proactive-labels';
import { splitRunTogether } from './split-digits';
import type { AmbiguousRow, ImportedNumber, TableImport } from './table-import';
import type { Unmapped } from './unmapped';

export interface ProactiveImport extends TableImport {
  /** The table uses the 2019 layout's columns or blocks and was not imported. */
  readonly legacy2019: boolean;
}

type Block = (typeof PROACTIVE_BLOCKS)[number];

const rowLabelOf = (block: Block, key: string): string => block.rows.find((r) => r.key === key)?.label ?? key;

function pathOf(block: Block, rowKey: string, column: number): string {
  return proactivePath(block, rowKey, block.columns[column]);
}

function labelOf(cell: string): ProactiveLabel | undefined {
  const key = labelKey(cell);
  return PROACTIVE_LABELS.exact(key);
}

function isProactiveFragment(key: string): boolean {
  return PROACTIVE_LABELS.isFragment(key) || PROACTIVE_COLUMN_LABELS.some((ix) => ix.isFragment(key));
}

/**
 * A row of table 二 whose digits ran together. Nothing in table 二 sums to anything, so only the
 * cut that needs no choosing is taken — as many digits as columns, one digit a cell; any other
 * reading is left to the clerk as ambiguous.
 */
function splitProactiveRow(
  tokens: readonly string[],
  block: Block,
  key: string,
  line: number,
): { cells: string[] } | { ambiguous: AmbiguousRow } {
  const width = block.columns.length;
  const candidates = block.kind === 'count' ? splitRunTogether(tokens, width, false) : [];
  const only = candidates[0];
  if (candidates.length === 1 && only && only.every((v) => v < 10)) return { cells: only.map(String) };
  const label = block.rows.find((r) => r.key === key)?.label ?? key;
  const printed = tokens.join(' ');
  return {
    ambiguous: {
      path: `proactive.${key}`,
      line,
      printed,
      candidates,
      reason:
        candidates.length === 0
          ? `表二“${label}”印有 ${printed}，分不出 ${width} 个数，这一行未导入，请人工填写`
          : `表二“${label}”的数字连在一起（${printed}），可以读成 ${candidates
              .slice(0, 3)
              .map((c) => c.join('、'))
              .join(
                ' 或 ',
              )}${candidates.length > 3 ? ' 等' : ''}，表二没有合计可以核对，这一行未导入，请人工填写`,
    },
  };
}

/** `表二缺少“行政规范性文件”一行…` for each row of the layout a table that was found does not print. */
function missingRows(
  numbers: readonly ImportedNumber[],
  ambiguous: readonly AmbiguousRow[],
  found: boolean,
  unreadRows: ReadonlySet<string> = new Set(),
): string[] {
  if (!found) return [];
  const seen = (key: string) =>
    unreadRows.has(key) ||
    numbers.some((n) => n.path === `proactive.${key}` || n.path.startsWith(`proactive.${key}.`)) ||
    ambiguous.some((a) => a.path === `proactive.${key}`);
  const missing = PROACTIVE_BLOCKS.flatMap((b) =>
    b.rows.filter((r) => !seen(r.key)).map((r) => `“${r.label}”`),
  );
  return missing.length === 0 ? [] : [`表二缺少${missing.join('、')}一行，相应单元格留空，请核对原报告。`];
}

/** Table 二: rows found by their labels, values placed under the block's column headers. */
export function importProactive(lines: readonly SourceLine[]): ProactiveImport {
  const numbers: ImportedNumber[] = [];
  const unmapped: Unmapped[] = [];
  const ambiguous: AmbiguousRow[] = [];
  let legacy2019 = false;
  let found = false;
  /** Block index → value position → column index, from the block's header line. */
  const headerColumns = new Map<number, number[]>();
  let headerBlock = -1;
  let pending:
    | {
        block: number;
        key: string;
        line: number;
        cells: string[];
        afterStray?: string;
        /** More loose numbers came after this row's than it has columns: which are its own is not certain. */
        overflow?: boolean;
      }
    | undefined;
  /** Rows printed on a line of their own with no number after them: blank, unless numbers went astray. */
  const bare: { block: Block; key: string; line: number; paths: string[] }[] = [];
  let anyStray = false;
  /** A number just read that no row could take (PDF text prints some numbers before their label). */
  let stray: string | undefined;

  const finish = (): void => {
    if (!pending) return;
    const { block: b, key, line, cells, afterStray, overflow } = pending;
    pending = undefined;
    const block = PROACTIVE_BLOCKS[b];
    if (!block) return;
    if (overflow) {
      unmapped.push({
        line,
        text: cells.join(' '),
        reason: `“${rowLabelOf(block, key)}”后面的数字比它的栏目多，分不清哪几个属于这一行，未导入，请人工填写`,
      });
      return;
    }
    if (afterStray !== undefined && cells.length === 0) {
      // Not a blank row: the number printed just before the label may be this row's.
      unmapped.push({
        line,
        text: afterStray,
        reason: `“${rowLabelOf(block, key)}”后面没有数字，它前面的数字（${afterStray}）也许属于这一行，未导入，请人工填写`,
      });
      return;
    }
    const order = headerColumns.get(b) ?? block.columns.map((_, i) => i);
    if (cells.length === 0) {
      bare.push({ block, key, line, paths: order.map((column) => pathOf(block, key, column)) });
      return;
    }
    order.forEach((column, pos) => {
      const path = pathOf(block, key, column);
      const cell = cells[pos] ?? '';
      if (isBlankCell(cell)) {
        numbers.push({ path, value: 0, line, blank: true });
        return;
      }
      const value = block.kind === 'count' ? parseCount(cell) : parseAmount(cell);
      if (value === null || !hasAtMostDecimals(value, MAX_DECIMALS[block.kind])) {
        unmapped.push({ line, text: cell, cell, reason: '表二中的数字格式不对，未导入' });
        return;
      }
      numbers.push({ path, value, line, blank: false });
    });
  };

  const header = (b: number, cells: readonly string[]): void => {
    const index = PROACTIVE_COLUMN_LABELS[b];
    if (!index) return;
    const order = cells.flatMap((c) => {
      const col = index.exact(labelKey(c));
      return col?.kind === 'column' ? [col.column] : [];
    });
    if (order.length === PROACTIVE_BLOCKS[b]?.columns.length) headerColumns.set(b, order);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.cells.length === 0) continue;
    const cells = line.cells;
    if (cells.some((c) => labelOf(c)?.kind === 'legacy-2019')) legacy2019 = true;
    if (cells.length > 1) {
      const first = cells.findIndex((c) => !isBlankCell(c));
      const label = labelOf(cells[first] ?? '');
      if (label?.kind === 'block') headerBlock = label.block;
      else if (label?.kind === 'first-column' && headerBlock >= 0)
        header(headerBlock, cells.slice(first + 1));
      else if (label?.kind === 'row') {
        finish();
        found = true;
        pending = { block: label.block, key: label.key, line: line.no, cells: cells.slice(first + 1) };
        finish();
      } else if (!label && !looksNumeric(cells[first] ?? '')) {
        unmapped.push({ line: line.no, text: line.text, reason: '表二中认不出的一行' });
      }
      continue;
    }
    const text = line.text.trim();
    const strayBefore = stray;
    stray = undefined;
    if (looksNumeric(text)) {
      if (pending && pending.cells.length < (PROACTIVE_BLOCKS[pending.block]?.columns.length ?? 0)) {
        pending.cells.push(text);
      } else {
        unmapped.push({ line: line.no, text, reason: '表二中不知属于哪一栏的数字' });
        stray = text;
        anyStray = true;
        if (pending) pending.overflow = true;
      }
      continue;
    }
    const spaced = /^(.*?[^\d\s.,，])\s*(\d[\d.,，]*(?:\s+[\d.,，]+)*)$/.exec(text);
    const spacedLabel = spaced?.[1] ? labelOf(spaced[1]) : undefined;
    if (spaced?.[2] && spacedLabel?.kind === 'row') {
      finish();
      found = true;
      const tokens = spaced[2].split(/\s+/);
      const block = PROACTIVE_BLOCKS[spacedLabel.block];
      const width = block?.columns.length ?? 0;
      if (block && tokens.length < width) {
        // Fewer numbers than columns: digits ran together (`规章000`, `规章1011`).
        const row = splitProactiveRow(tokens, block, spacedLabel.key, line.no);
        if ('cells' in row)
          pending = { block: spacedLabel.block, key: spacedLabel.key, line: line.no, cells: row.cells };
        else ambiguous.push(row.ambiguous);
        continue;
      }
      pending = { block: spacedLabel.block, key: spacedLabel.key, line: line.no, cells: tokens };
      continue;
    }
    const match = matchWithLookahead(lines, i, PROACTIVE_LABELS);
    const columnMatch =
      headerBlock >= 0 ? PROACTIVE_COLUMN_LABELS[headerBlock]?.exact(labelKey(text)) : undefined;
    if (match?.value.kind === 'row') {
      finish();
      found = true;
      pending = {
        block: match.value.block,
        key: match.value.key,
        line: line.no,
        cells: [],
        ...(strayBefore !== undefined ? { afterStray: strayBefore } : {}),
      };
      i = match.lastIndex;
    } else if (match?.value.kind === 'block') {
      finish();
      headerBlock = match.value.block;
      i = match.lastIndex;
    } else if (match || columnMatch) {
      i = match?.lastIndex ?? i;
    } else if (
      !isProactiveFragment(labelKey(text)) &&
      !isSpacedLabels(text, PROACTIVE_LABELS, ...PROACTIVE_COLUMN_LABELS)
    ) {
      unmapped.push({ line: line.no, text, reason: '表二中认不出的文字' });
    }
  }
  finish();
  for (const row of bare) {
    if (!anyStray) {
      for (const path of row.paths) numbers.push({ path, value: 0, line: row.line, blank: true });
      continue;
    }
    // Numbers printed apart from their labels (a PDF viewer's copy, column by column): not blank.
    unmapped.push({
      line: row.line,
      text: rowLabelOf(row.block, row.key),
      reason: `“${rowLabelOf(row.block, row.key)}”后面没有数字，而表二中另有不知属于哪一行的数字，这一行未导入，请人工填写`,
    });
  }
  if (legacy2019) {
    return {
      legacy2019,
      found,
      numbers: [],
      printed: [],
      ambiguous: [],
      unmapped,
      notices: [
        '表二按 2019 年版格式印制，栏目与现行格式不同，无法对应，未导入；请按现行格式人工填写第二部分。',
      ],
    };
  }
  return {
    legacy2019,
    found,
    numbers,
    printed: [],
    ambiguous,
    unmapped,
    notices: missingRows(numbers, ambiguous, found, new Set(anyStray ? bare.map((b) => b.key) : [])),
  };
}
