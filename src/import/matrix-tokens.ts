import { APPLICANT_KEYS, TOTAL_KEY } from '../report/layout/applicant-columns';
import type { MatrixColumnKey } from '../report/layout/applicant-columns';
import { isLabelPieces, isSpacedLabels, trailingLabel } from './label-index';
import { matchWithLookahead } from './label-lookahead';
import type { SourceLine } from './lines';
import type { MatrixLabel } from './matrix-labels';
import { MATRIX_BODY_LABELS, MATRIX_HEADER_LABELS, numberingFits } from './matrix-labels';
import { looseNumbers } from './loose-numbers';
import { countDigits, isBlankCell, labelKey, looksNumeric } from './normalize';
import type { Unmapped } from './unmapped';

/** A value cell as printed: a number's text, a blank, or text where a number should be. */
export type PrintedCell =
  | { readonly kind: 'num'; readonly text: string }
  | { readonly kind: 'blank' }
  | { readonly kind: 'text'; readonly text: string };

/** What table 三's lines are made of, in reading order. */
export type MatrixToken =
  | { readonly t: 'label'; readonly label: MatrixLabel; readonly line: number }
  | { readonly t: 'num'; readonly text: string; readonly line: number }
  | {
      readonly t: 'row';
      readonly label?: MatrixLabel;
      /** Value cells by column (width cells) or, for a short row, the numbers to split. */
      readonly cells: readonly PrintedCell[];
      readonly short: boolean;
      readonly line: number;
    };

export interface MatrixTokens {
  readonly tokens: readonly MatrixToken[];
  /** Whether the header has a 总计 column (7 value columns) or not (6). */
  readonly width: 6 | 7;
  readonly unmapped: readonly Unmapped[];
}

const COLUMN_ORDER: readonly MatrixColumnKey[] = [...APPLICANT_KEYS, TOTAL_KEY];

function bodyLabelOf(cell: string): MatrixLabel | undefined {
  const key = labelKey(cell);
  const found = MATRIX_BODY_LABELS.exact(key) ?? MATRIX_BODY_LABELS.uniquePrefix(key);
  return found && numberingFits(cell, found) ? found : undefined;
}

function isTotalHeader(cell: string): boolean {
  const h = MATRIX_HEADER_LABELS.exact(labelKey(cell));
  return h?.kind === 'column' && h.key === TOTAL_KEY;
}

function isHeaderText(cell: string): boolean {
  return MATRIX_HEADER_LABELS.exact(labelKey(cell)) !== undefined;
}

/** isLabelPiece's answers by key: trying every split is slow, and a table's cells come back again and again. */
const LABEL_PIECE = new Map<string, boolean>();
const MAX_LABEL_PIECE = 5_000;

/** A piece of a label or header cut by wrapping (`(三)不` / `予公开`, `社会法律`). */
function isLabelPiece(cell: string): boolean {
  const key = labelKey(cell);
  const known = LABEL_PIECE.get(key);
  if (known !== undefined) return known;
  const piece =
    MATRIX_BODY_LABELS.isFragment(key) ||
    MATRIX_HEADER_LABELS.isFragment(key) ||
    isLabelPieces(key, MATRIX_HEADER_LABELS);
  if (LABEL_PIECE.size >= MAX_LABEL_PIECE) LABEL_PIECE.clear();
  LABEL_PIECE.set(key, piece);
  return piece;
}

function printedCell(cell: string): PrintedCell {
  if (isBlankCell(cell)) return { kind: 'blank' };
  return looksNumeric(cell) ? { kind: 'num', text: cell.trim() } : { kind: 'text', text: cell };
}

/** Splits `一、本年新收… 3 0 0` into the label and its numbers (text copied with spaces). */
function peelNumbers(text: string): { label: string; numbers: string[] } | undefined {
  const m = /^(.*?[^\d\s,，])\s*((?:\d[\d,，]*\s*)+)$/.exec(text.trim());
  if (!m || !m[1] || !m[2]) return undefined;
  return { label: m[1], numbers: m[2].trim().split(/\s+/) };
}

/** Header positions of the value columns in grid (tab-separated) header lines. */
function headerPositions(line: SourceLine, into: Map<MatrixColumnKey, number>): boolean {
  let any = false;
  line.cells.forEach((cell, i) => {
    const h = MATRIX_HEADER_LABELS.exact(labelKey(cell));
    if (h?.kind === 'column' && !into.has(h.key)) into.set(h.key, i);
    if (h) any = true;
  });
  return any;
}

/**
 * Reads table 三's lines into tokens: labels (wrapped labels joined), loose numbers (one per
 * line in PDF text), and grid rows whose cells are placed under the header's columns.
 */
export function matrixTokens(lines: readonly SourceLine[]): MatrixTokens {
  const tokens: MatrixToken[] = [];
  const unmapped: Unmapped[] = [];
  const columns = new Map<MatrixColumnKey, number>();
  let sawTotal = false;
  let sawHeader = false;
  let inBody = false;

  const gridRow = (line: SourceLine, width: number): void => {
    let lastText = -1;
    let label: MatrixLabel | undefined;
    line.cells.forEach((cell, i) => {
      if (isBlankCell(cell) || looksNumeric(cell)) return;
      lastText = i;
      const found = bodyLabelOf(cell);
      if (found && (found.kind === 'row' || label === undefined || label.kind === 'group')) label = found;
      else if (!found && !isHeaderText(cell) && !isLabelPiece(cell)) {
        unmapped.push({ line: line.no, text: line.text, cell, reason: '表三中认不出的文字' });
      }
    });
    const after = line.cells.slice(lastText + 1);
    if (after.every((c) => isBlankCell(c)) && after.length < width) {
      if (label) tokens.push({ t: 'label', label, line: line.no });
      return;
    }
    const natural = columns.get('natural');
    const ordered = COLUMN_ORDER.slice(0, width).map((k) => columns.get(k));
    const positioned =
      natural !== undefined &&
      ordered.every((p, i) => p !== undefined && (i === 0 || p > (ordered[i - 1] ?? 0)));
    if (positioned) {
      const shift = Math.max(0, lastText + 1 - natural);
      const cells = ordered.map((p) => line.cells[(p ?? 0) + shift]);
      if (cells.every((c) => c !== undefined)) {
        tokens.push({
          t: 'row',
          ...(label ? { label } : {}),
          cells: cells.map((c) => printedCell(c ?? '')),
          short: false,
          line: line.no,
        });
        return;
      }
    }
    const filled = after.filter((c) => !isBlankCell(c)).map(printedCell);
    tokens.push({
      t: 'row',
      ...(label ? { label } : {}),
      cells: filled,
      short: filled.length < width,
      line: line.no,
    });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.cells.length === 0) continue;
    if (line.cells.length > 1) {
      const hasBodyLabel = line.cells.some((c) => {
        const l = !looksNumeric(c) && !isBlankCell(c) ? bodyLabelOf(c) : undefined;
        return l !== undefined && !isHeaderText(c);
      });
      if (!inBody && !hasBodyLabel) {
        if (headerPositions(line, columns)) sawHeader = true;
        if (columns.has(TOTAL_KEY)) sawTotal = true;
        if (line.cells.every((c) => isBlankCell(c) || !looksNumeric(c))) continue;
      }
      inBody = true;
      gridRow(line, !sawHeader || sawTotal ? 7 : 6);
      continue;
    }
    const text = line.text.trim();
    const loose = looseNumbers(text);
    if (loose && (loose.length > 1 || countDigits(text) !== null)) {
      for (const n of loose) tokens.push({ t: 'num', text: n, line: line.no });
      inBody = true;
      continue;
    }
    if (looksNumeric(text)) {
      unmapped.push({ line: line.no, text, reason: '表三中不是整数的数字' });
      continue;
    }
    if (!inBody) {
      const header = matchWithLookahead(lines, i, MATRIX_HEADER_LABELS);
      if (header) {
        sawHeader = true;
        if (header.value.kind === 'column' && header.value.key === TOTAL_KEY) sawTotal = true;
        i = header.lastIndex;
        continue;
      }
    }
    const body = matchWithLookahead(lines, i, MATRIX_BODY_LABELS);
    if (body && numberingFits(text, body.value)) {
      tokens.push({ t: 'label', label: body.value, line: line.no });
      inBody = true;
      i = body.lastIndex;
      continue;
    }
    const peeled = peelNumbers(text);
    const trailing = peeled ? trailingLabel(peeled.label, MATRIX_BODY_LABELS) : undefined;
    const peeledLabel = peeled
      ? (bodyLabelOf(peeled.label) ??
        (trailing && numberingFits(peeled.label, trailing) ? trailing : undefined))
      : undefined;
    if (peeled && peeledLabel) {
      // The numbers share the label's line: they are that row's, whichever side other labels stand.
      const cells = peeled.numbers.map((text): PrintedCell => ({ kind: 'num', text }));
      const width = !sawHeader || sawTotal ? 7 : 6;
      tokens.push({
        t: 'row',
        label: peeledLabel,
        cells,
        short: cells.length < width,
        line: line.no,
      });
      inBody = true;
      continue;
    }
    if (isSpacedLabels(text, MATRIX_HEADER_LABELS, MATRIX_BODY_LABELS)) {
      if (!inBody) {
        sawHeader = true;
        if (text.split(/\s+/).some(isTotalHeader)) sawTotal = true;
      }
      continue;
    }
    const key = labelKey(text);
    const prefix = MATRIX_BODY_LABELS.uniquePrefix(key);
    if (prefix && inBody) {
      tokens.push({ t: 'label', label: prefix, line: line.no });
      continue;
    }
    if (isLabelPiece(text)) continue;
    unmapped.push({ line: line.no, text, reason: '表三中认不出的文字' });
  }
  if (!sawHeader || sawTotal || !rowsEndInTotals(tokens))
    return { tokens, width: !sawHeader || sawTotal ? 7 : 6, unmapped };
  // A header whose 总计 was not read (`总` and `计` on lines of their own in a PDF): the rows say it.
  return {
    tokens: tokens.map((t) => (t.t === 'row' ? { ...t, short: t.cells.length < 7 } : t)),
    width: 7,
    unmapped,
  };
}

/** Three rows or more of seven numbers, nearly all ending in the sum of the other six. */
function rowsEndInTotals(tokens: readonly MatrixToken[]): boolean {
  const sevens = tokens.flatMap((t) =>
    t.t === 'row' && t.cells.length === 7 && t.cells.every((c) => c.kind === 'num')
      ? [t.cells.map((c) => (c.kind === 'num' ? Number(c.text.replace(/[,，]/g, '')) : NaN))]
      : [],
  );
  const summed = sevens.filter((v) => v.slice(0, 6).reduce((a, b) => a + b, 0) === v[6]);
  return summed.length >= 3 && summed.length >= sevens.length * 0.9;
}
