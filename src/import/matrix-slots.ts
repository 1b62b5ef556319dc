import { LAYOUT_2019_SINGLE_OTHER_HANDLING as SINGLE } from '../report/layout/layout-2019';
import { MATRIX_FLAT_ROWS } from '../report/matrix-shape';
import type { MatrixLabel } from './matrix-labels';

export type LayoutId = '2021' | '2019';

/** One printed row of table 三 in a layout: the draft row it fills (`key` under applications). */
export interface MatrixSlot {
  readonly key: string;
  /** （七）总计: printed, compared, never imported. */
  readonly derived: boolean;
}

const SLOTS_2021: readonly MatrixSlot[] = MATRIX_FLAT_ROWS.map((r) => ({ key: r.key, derived: r.derived }));

/** 2019: the three （六） rows are one row whose numbers go to `3.其他`. */
const SLOTS_2019: readonly MatrixSlot[] = SLOTS_2021.flatMap((s) => {
  if (!s.key.startsWith(`${SINGLE.group}.`)) return [s];
  return s.key === SINGLE.mapsTo ? [s] : [];
});

export function matrixSlots(layout: LayoutId): readonly MatrixSlot[] {
  return layout === '2019' ? SLOTS_2019 : SLOTS_2021;
}

/** The slot a printed label stands for in this layout, or -1 (a group heading, or not in it). */
export function slotIndexOf(label: MatrixLabel, slots: readonly MatrixSlot[], layout: LayoutId): number {
  if (label.kind === 'group') {
    return layout === '2019' && label.key === SINGLE.group
      ? slots.findIndex((s) => s.key === SINGLE.mapsTo)
      : -1;
  }
  return slots.findIndex((s) => s.key === label.key);
}
