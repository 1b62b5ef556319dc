import type { MatrixLabel } from './matrix-labels';
import type { MatrixToken, PrintedCell } from './matrix-tokens';
import type { Unmapped } from './unmapped';

/** The numbers of one row of table 三, not yet placed: `cells` by column, or `split` to cut. */
export interface RowGroup {
  readonly id: number;
  readonly line: number;
  readonly cells?: readonly PrintedCell[];
  /** Numbers printed together with fewer separators than columns (digits run together). */
  readonly split?: readonly string[];
  /** The row's own label (a grid row that carries it). */
  readonly own?: MatrixLabel;
  /** The label printed just before / just after these numbers, with nothing between. */
  readonly before?: MatrixLabel;
  readonly after?: MatrixLabel;
}

export interface GroupedMatrix {
  readonly groups: readonly RowGroup[];
  /** Every label in reading order (floating ones included), for gap filling. */
  readonly labels: readonly { readonly label: MatrixLabel; readonly line: number }[];
  readonly unmapped: readonly Unmapped[];
}

/**
 * Cuts runs of loose numbers into rows of `width` and notes which label stands right
 * before and right after each run (PDF text prints some labels after their numbers).
 */
export function groupRows(tokens: readonly MatrixToken[], width: number): GroupedMatrix {
  const groups: RowGroup[] = [];
  const labels: { label: MatrixLabel; line: number }[] = [];
  const unmapped: Unmapped[] = [];
  let run: { text: string; line: number }[] = [];
  let runBefore: MatrixLabel | undefined;
  let lastLabel: MatrixLabel | undefined;
  let pendingRunGroups: RowGroup[] = [];

  const attachAfter = (label: MatrixLabel): void => {
    const last = pendingRunGroups[pendingRunGroups.length - 1];
    if (last) groups[groups.indexOf(last)] = { ...last, after: label };
    pendingRunGroups = [];
  };

  const flush = (): void => {
    if (run.length === 0) return;
    const first = run[0]?.line ?? 0;
    const made: RowGroup[] = [];
    if (run.length < width) {
      made.push({ id: groups.length, line: first, split: run.map((r) => r.text) });
    } else if (run.length % width === 0) {
      for (let i = 0; i < run.length; i += width) {
        const chunk = run.slice(i, i + width);
        made.push({
          id: groups.length + made.length,
          line: chunk[0]?.line ?? first,
          cells: chunk.map((r) => ({ kind: 'num', text: r.text })),
        });
      }
    } else {
      unmapped.push({
        line: first,
        text: run.map((r) => r.text).join(' '),
        reason: `表三中连续的 ${run.length} 个数字不能按每行 ${width} 个分开，无法确定各属于哪一行`,
      });
    }
    if (made[0] && runBefore) made[0] = { ...made[0], before: runBefore };
    groups.push(...made);
    pendingRunGroups = made;
    run = [];
    runBefore = undefined;
  };

  for (const token of tokens) {
    if (token.t === 'num') {
      if (run.length === 0) {
        runBefore = lastLabel;
        pendingRunGroups = [];
      }
      run.push({ text: token.text, line: token.line });
      lastLabel = undefined;
      continue;
    }
    flush();
    if (token.t === 'label') {
      labels.push({ label: token.label, line: token.line });
      attachAfter(token.label);
      lastLabel = token.label;
      continue;
    }
    pendingRunGroups = [];
    const g: RowGroup = token.short
      ? {
          id: groups.length,
          line: token.line,
          split: token.cells.flatMap((c) => (c.kind === 'num' ? [c.text] : [])),
        }
      : { id: groups.length, line: token.line, cells: token.cells };
    const own = token.label;
    if (own) labels.push({ label: own, line: token.line });
    groups.push({ ...g, ...(own ? { own } : lastLabel ? { before: lastLabel } : {}) });
    lastLabel = undefined;
  }
  flush();
  return { groups, labels, unmapped };
}
