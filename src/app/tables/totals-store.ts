import type { DerivedCell } from '../../report/derived-cells';
import { dependentsOf } from '../../report/derived-cells';
import type { MatrixColumnKey } from '../../report/layout/applicant-columns';
import { getPath } from '../../report/paths';
import type { ColumnBalance } from '../../report/rules/balance';
import { columnBalance } from '../../report/rules/balance';
import { cellNumber } from '../../report/totals';

type Listener = () => void;

/** The key under which the 勾稽关系 of every column is published. */
export const BALANCE_KEY = '@balance';

/**
 * The derived cells of one table, kept up to date from the form's values.
 * Fed by a single form subscription; each total and the balance row subscribe
 * to their own key and are told only when their value actually changes.
 */
export class TotalsStore {
  private readonly values = new Map<string, number>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly sources: ReadonlySet<string>;
  private balances: readonly ColumnBalance[] = [];

  constructor(
    private readonly cells: readonly DerivedCell[],
    private readonly balanceColumns: readonly MatrixColumnKey[] = [],
    values?: unknown,
  ) {
    this.sources = new Set(cells.flatMap((c) => c.sources));
    if (values !== undefined) this.recompute(cells, values);
    this.balances = this.computeBalances(values);
  }

  get(path: string): number {
    return this.values.get(path) ?? 0;
  }

  getBalances(): readonly ColumnBalance[] {
    return this.balances;
  }

  /** Listen to one derived path (or `BALANCE_KEY`). */
  subscribe(key: string, listener: Listener): () => void {
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  /**
   * The form changed at `name` (undefined: anything may have changed, e.g. after reset).
   * Recomputes only the totals that read `name`, then tells their listeners.
   */
  update(values: unknown, name?: string): void {
    const affected = this.affectedBy(name);
    if (affected.length === 0) return;
    const changed = this.recompute(affected, values);
    const balances = this.computeBalances(values);
    if (!sameBalances(balances, this.balances)) {
      this.balances = balances;
      changed.push(BALANCE_KEY);
    }
    for (const key of changed) for (const l of this.listeners.get(key) ?? []) l();
  }

  private affectedBy(name: string | undefined): readonly DerivedCell[] {
    if (name === undefined) return this.cells;
    if (this.sources.has(name)) {
      const mine = new Set(this.cells.map((c) => c.path));
      return dependentsOf(name).filter((d) => mine.has(d.path));
    }
    // A whole object was set (e.g. `applications`): recompute when it holds any source.
    const prefix = `${name}.`;
    for (const s of this.sources) if (s.startsWith(prefix)) return this.cells;
    return [];
  }

  /** Recomputes `cells` (in dependency order) and returns the paths whose value changed. */
  private recompute(cells: readonly DerivedCell[], values: unknown): string[] {
    const changed: string[] = [];
    for (const cell of cells) {
      let sum = 0;
      for (const s of cell.sources) {
        sum += this.values.has(s) ? (this.values.get(s) ?? 0) : cellNumber(getPath(values, s));
      }
      if (this.values.get(cell.path) !== sum) {
        this.values.set(cell.path, sum);
        changed.push(cell.path);
      }
    }
    return changed;
  }

  private computeBalances(values: unknown): readonly ColumnBalance[] {
    return this.balanceColumns.map((col) => columnBalance(values, this.values, col));
  }
}

function sameBalances(a: readonly ColumnBalance[], b: readonly ColumnBalance[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      return y !== undefined && x.incoming === y.incoming && x.outgoing === y.outgoing;
    })
  );
}
