import { BALANCE_ROWS } from '../report/rules/balance';
import type { MatrixSlot } from './matrix-slots';

/** A slot's numbers by column (null: blank or unreadable, counted as 0 here). */
export type RowValues = readonly (number | null)[];

export interface Resolution {
  /** The one candidate chosen for each open slot the table's sums decide. */
  readonly chosen: ReadonlyMap<number, readonly number[]>;
  /** Open slots with more than one candidate that the sums cannot decide. */
  readonly ambiguous: readonly number[];
}

const MAX_COMBINATIONS = 20_000;

/**
 * Decides rows whose digits ran together and could be cut several ways, using the table's other
 * sums: R2 (（七）总计 = the result rows) and R3 (一 + 二 = （七）总计 + 四), per column. Only
 * columns where the candidates differ are checked; every combination that fits is kept, and a row
 * is decided when all fitting combinations agree on it.
 */
export function resolveOpenRows(
  slots: readonly MatrixSlot[],
  fixed: ReadonlyMap<number, RowValues>,
  open: ReadonlyMap<number, readonly (readonly number[])[]>,
  width: number,
): Resolution {
  const chosen = new Map<number, readonly number[]>();
  const multi: [number, readonly (readonly number[])[]][] = [];
  for (const [slot, candidates] of open) {
    const first = candidates[0];
    if (candidates.length === 1 && first) chosen.set(slot, first);
    else if (candidates.length > 1) multi.push([slot, candidates]);
  }
  if (multi.length === 0) return { chosen, ambiguous: [] };
  const combos = multi.reduce((n, [, c]) => n * c.length, 1);
  if (combos > MAX_COMBINATIONS) return { chosen, ambiguous: multi.map(([s]) => s) };

  const columns = [...Array(width).keys()].filter((c) =>
    multi.some(([, cands]) => cands.some((v) => v[c] !== cands[0]?.[c])),
  );
  const index = (key: string) => slots.findIndex((s) => s.key === key);
  const [newRow, carriedRow, totalRow, forwardRow] = [
    BALANCE_ROWS.newReceived,
    BALANCE_ROWS.carriedOver,
    BALANCE_ROWS.resultsTotal,
    BALANCE_ROWS.carriedForward,
  ].map(index);
  const leafRows = slots.flatMap((s, i) => (s.key.startsWith('results.') && !s.derived ? [i] : []));

  const fits = (pick: ReadonlyMap<number, readonly number[]>): boolean => {
    const at = (slot: number | undefined, c: number): number | undefined => {
      if (slot === undefined || slot < 0) return undefined;
      const row = pick.get(slot) ?? chosen.get(slot) ?? fixed.get(slot);
      return row ? (row[c] ?? 0) : undefined;
    };
    for (const c of columns) {
      const leaves = leafRows.reduce((sum, s) => sum + (at(s, c) ?? 0), 0);
      const printedTotal = at(totalRow, c);
      if (printedTotal !== undefined && printedTotal !== leaves) return false;
      const results = printedTotal ?? leaves;
      // R3 only when its rows were all printed: a row not found is not a 0.
      const [n, carried, forward] = [at(newRow, c), at(carriedRow, c), at(forwardRow, c)];
      if (n === undefined || carried === undefined || forward === undefined) continue;
      if (n + carried !== results + forward) return false;
    }
    return true;
  };

  const fitting: Map<number, readonly number[]>[] = [];
  const walk = (i: number, pick: Map<number, readonly number[]>): void => {
    const entry = multi[i];
    if (!entry) {
      if (fits(pick)) fitting.push(new Map(pick));
      return;
    }
    for (const candidate of entry[1]) {
      pick.set(entry[0], candidate);
      walk(i + 1, pick);
    }
    pick.delete(entry[0]);
  };
  walk(0, new Map());

  const ambiguous: number[] = [];
  for (const [slot] of multi) {
    const picks = new Set(fitting.map((f) => (f.get(slot) ?? []).join(',')));
    const only = fitting[0]?.get(slot);
    if (picks.size === 1 && only) chosen.set(slot, only);
    else ambiguous.push(slot);
  }
  return { chosen, ambiguous };
}
