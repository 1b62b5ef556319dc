/**
 * A PDF page's text pieces (with positions) → the lines the importer reads: pieces on one baseline
 * make a line, a wide gap between two pieces is a cell border (a tab), and a table cell's label
 * wrapped over several lines is put back on the line of its row's numbers (the numbers of a row
 * sit on one baseline; its label's lines sit above and below them, left of the first number).
 * Pure: no pdf.js here, so it is tested with positions written by hand.
 */

/** One piece of text as pdf.js gives it: x/y of its baseline start (y grows upwards), width, size. */
export interface PositionedText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

interface Line {
  y: number;
  size: number;
  pieces: PositionedText[];
}

const NUMBER = /^[\d,，.]+$/;

/** Pieces whose baselines are within a third of their size of each other share a line. */
function groupLines(items: readonly PositionedText[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of sorted) {
    const line = lines.find((l) => Math.abs(l.y - it.y) <= Math.max(1, Math.min(l.size, it.size) / 3));
    if (line) line.pieces.push(it);
    else lines.push({ y: it.y, size: it.size, pieces: [it] });
  }
  for (const l of lines) l.pieces.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

/** The cells of a line: pieces closer than a character's width run on, a wider gap starts a cell. */
function cellsOf(line: Line): { text: string; x: number; end: number }[] {
  const cells: { text: string; x: number; end: number }[] = [];
  for (const p of line.pieces) {
    const last = cells[cells.length - 1];
    const gap = last ? p.x - last.end : Infinity;
    if (last && gap < Math.max(2, p.size * 0.9)) {
      last.text +=
        gap > p.size * 0.2 && /[\dA-Za-z]$/.test(last.text) && /^[\dA-Za-z]/.test(p.str)
          ? ` ${p.str}`
          : p.str;
      last.end = Math.max(last.end, p.x + p.width);
    } else {
      cells.push({ text: p.str, x: p.x, end: p.x + p.width });
    }
  }
  return cells.map((c) => ({ ...c, text: c.text.trim() })).filter((c) => c.text !== '');
}

interface Row {
  y: number;
  cells: { text: string; x: number; end: number }[];
}

/** A row with numbers: where its first number starts (its label lies left of it). */
function firstNumberX(row: Row): number | undefined {
  const n = row.cells.find((c) => NUMBER.test(c.text));
  return n?.x;
}

type Cell = { text: string; x: number; end: number };
type Growing = Cell & { pre: string; post: string };

const overlaps = (a: Cell, b: Cell) => a.x < b.end && b.x < a.end;
const numberCells = (row: Row) => row.cells.filter((c) => NUMBER.test(c.text));

/** A table's data row: three numbers or more on one baseline (table 三 has 6–7, 四 has 15). */
const MIN_ROW_NUMBERS = 3;

/**
 * A table cell too narrow for its text wraps it over several lines: a label (`(二)部分公开(区分处理
 * 的，只计这一` / `情形，不计其他情形)`), vertical text (`三、本` / `年度办` / `理结果`), a number
 * (`311` / `9` for 3119). The data row's numbers sit on one baseline with those lines above and
 * below. A line near a data row (within a line's height) whose every piece fits that row — text
 * left of its numbers (joined to the label cell in its column, or a cell of its own), digits in one
 * of the table's number columns — is put back into the row: pieces above before the row's text,
 * below after it.
 */
function joinWrappedCells(rows: Row[], size: number): Row[] {
  const anchors = rows.map((r, i) => ({ r, i })).filter(({ r }) => numberCells(r).length >= MIN_ROW_NUMBERS);
  if (anchors.length === 0) return rows;
  const columns = anchors.flatMap(({ r }) => numberCells(r));
  const out = rows.map((r) => ({
    y: r.y,
    cells: r.cells.map((c): Growing => ({ ...c, pre: '', post: '' })),
  }));
  const absorbed = new Set<number>();
  rows.forEach((row, i) => {
    if (numberCells(row).length >= MIN_ROW_NUMBERS) return;
    const near = anchors
      .filter((a) => Math.abs(a.r.y - row.y) <= size * 1.25)
      .sort((a, b) => Math.abs(a.r.y - row.y) - Math.abs(b.r.y - row.y));
    const target = near[0];
    const cells = target ? out[target.i]?.cells : undefined;
    if (!target || !cells) return;
    const x0 = firstNumberX(target.r) ?? 0;
    const plan: { piece: Cell; into: Growing | 'new-label' | 'new-number' }[] = [];
    for (const piece of row.cells) {
      if (NUMBER.test(piece.text)) {
        if (!columns.some((c) => overlaps(c, piece))) return;
        // the rest of a number wrapped in its cell (136 above, 2 on the row's line: 1362);
        // a wrong join makes the row's 总计 disagree, which the importer reports
        const same = cells.find((c) => (NUMBER.test(c.text) || c.text === '') && overlaps(c, piece));
        plan.push({ piece, into: same ?? 'new-number' });
        continue;
      }
      if (piece.end > x0 + 1) return;
      const cell = cells.find((c) => c.end <= x0 + 1 && !NUMBER.test(c.text) && overlaps(c, piece));
      plan.push({ piece, into: cell ?? 'new-label' });
    }
    for (const { piece, into } of plan) {
      let cell: Growing;
      if (into === 'new-label' || into === 'new-number') {
        cell = { text: '', x: piece.x, end: piece.end, pre: '', post: '' };
        cells.push(cell);
        cells.sort((a, b) => a.x - b.x);
      } else cell = into;
      // rows run top to bottom: a piece above the row's baseline comes before its text
      if (i < target.i) cell.pre += piece.text;
      else cell.post += piece.text;
    }
    absorbed.add(i);
  });
  return out
    .filter((_, i) => !absorbed.has(i))
    .map((r) => ({
      y: r.y,
      cells: r.cells
        .map((c) => ({ text: c.pre + c.text + c.post, x: c.x, end: c.end }))
        .filter((c) => c.text !== ''),
    }));
}

/** One page's pieces → its text lines, cells separated by tabs. */
export function pageLines(items: readonly PositionedText[]): string[] {
  const lines = groupLines(items.filter((i) => i.str.trim() !== ''));
  const rows: Row[] = lines.map((l) => ({ y: l.y, cells: cellsOf(l) }));
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] ?? 12;
  return joinWrappedCells(rows, size).map((r) => r.cells.map((c) => c.text).join('\t'));
}
