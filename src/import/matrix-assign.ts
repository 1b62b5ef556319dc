import type { MatrixLabel } from './matrix-labels';
import type { RowGroup } from './matrix-groups';
import type { LayoutId, MatrixSlot } from './matrix-slots';
import { slotIndexOf } from './matrix-slots';

export interface Assignment {
  /** Slot index → the numbers printed for it. */
  readonly bySlot: ReadonlyMap<number, RowGroup>;
  readonly unassigned: readonly { readonly group: RowGroup; readonly reason: string }[];
}

/**
 * Places rows of numbers under the layout's rows. A row whose label stands next to it is pinned;
 * numbers without a label fill the rows between two pinned rows in order when the count fits,
 * else the rows whose labels were printed elsewhere in that gap (PDF text). `labelSide` says
 * whether a label stands before its numbers (usual) or after them.
 */
export function assignRows(
  groups: readonly RowGroup[],
  labels: readonly { readonly label: MatrixLabel }[],
  slots: readonly MatrixSlot[],
  layout: LayoutId,
  labelSide: 'before' | 'after',
): Assignment {
  const bySlot = new Map<number, RowGroup>();
  const unassigned: { group: RowGroup; reason: string }[] = [];
  const floating = labels.map((l) => slotIndexOf(l.label, slots, layout)).filter((s) => s >= 0);

  const fillGap = (from: number, to: number, pending: readonly RowGroup[]): void => {
    if (pending.length === 0) return;
    const free: number[] = [];
    for (let s = from + 1; s < to; s++) if (!bySlot.has(s)) free.push(s);
    if (free.length === pending.length) {
      pending.forEach((g, i) => bySlot.set(free[i] ?? -1, g));
      return;
    }
    const named = [...new Set(floating.filter((s) => s > from && s < to && !bySlot.has(s)))].sort(
      (a, b) => a - b,
    );
    if (named.length === pending.length) {
      pending.forEach((g, i) => bySlot.set(named[i] ?? -1, g));
      return;
    }
    for (const group of pending) {
      unassigned.push({ group, reason: '这些数字前后没有行名，且无法按顺序确定属于哪一行' });
    }
  };

  let prev = -1;
  let pending: RowGroup[] = [];
  for (const g of groups) {
    const label = g.own ?? (labelSide === 'before' ? g.before : g.after);
    const slot = label ? slotIndexOf(label, slots, layout) : -1;
    if (slot < 0) {
      pending.push(g);
      continue;
    }
    if (slot <= prev) {
      unassigned.push({ group: g, reason: '这一行在表中重复出现或顺序不对，未采用' });
      continue;
    }
    fillGap(prev, slot, pending);
    pending = [];
    bySlot.set(slot, g);
    prev = slot;
  }
  fillGap(prev, slots.length, pending);
  return { bySlot, unassigned };
}

const UNSURE = '这些数字前后都印有行名，无法确定属于前面还是后面的一行，未导入，请人工填写';

/**
 * Labels before their numbers when that places every row (the usual text). Otherwise the text
 * mixes labels before and after their numbers (PDF text): the side that places more rows is used,
 * but a row that carries no label of its own is kept only where the other side places the same
 * numbers in the same row — where the two readings differ, nothing says which is right, and a
 * missing number is better than a wrong one.
 */
export function bestAssignment(
  groups: readonly RowGroup[],
  labels: readonly { readonly label: MatrixLabel }[],
  slots: readonly MatrixSlot[],
  layout: LayoutId,
): Assignment {
  const before = assignRows(groups, labels, slots, layout, 'before');
  if (before.unassigned.length === 0) return before;
  const after = assignRows(groups, labels, slots, layout, 'after');
  const [best, other] =
    after.unassigned.length < before.unassigned.length ? [after, before] : [before, after];
  const bySlot = new Map<number, RowGroup>();
  const unassigned = [...best.unassigned];
  for (const [slot, group] of best.bySlot) {
    if (group.own || other.bySlot.get(slot)?.id === group.id) bySlot.set(slot, group);
    else unassigned.push({ group, reason: UNSURE });
  }
  return { bySlot, unassigned };
}
