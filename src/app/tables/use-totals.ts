import { createContext, useCallback, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { useFormContext } from 'react-hook-form';
import type { DerivedCell } from '../../report/derived-cells';
import type { MatrixColumnKey } from '../../report/layout/applicant-columns';
import type { Draft } from '../../report/schema';
import { BALANCE_KEY, TotalsStore } from './totals-store';

export const TotalsContext = createContext<TotalsStore | null>(null);

/**
 * One totals store per table, fed by a single subscription to the form's values.
 * The table's own component never re-renders on a keystroke; only the totals that change do.
 */
export function useTableTotals(
  cells: readonly DerivedCell[],
  balanceColumns: readonly MatrixColumnKey[] = [],
): TotalsStore {
  const { getValues, subscribe } = useFormContext<Draft>();
  const [store] = useState(() => new TotalsStore(cells, balanceColumns, getValues()));
  useEffect(() => {
    store.update(getValues());
    return subscribe({
      formState: { values: true },
      callback: ({ values, name }) => store.update(values, name),
    });
  }, [store, getValues, subscribe]);
  return store;
}

function useStore(): TotalsStore {
  const store = useContext(TotalsContext);
  if (!store) throw new Error('a total is drawn outside its table');
  return store;
}

/** The current value of one derived cell; re-renders only when it changes. */
export function useTotal(path: string): number {
  const store = useStore();
  const subscribe = useCallback((l: () => void) => store.subscribe(path, l), [store, path]);
  return useSyncExternalStore(subscribe, () => store.get(path));
}

/** The 勾稽关系 of every column; re-renders only when one of them changes. */
export function useBalances() {
  const store = useStore();
  const subscribe = useCallback((l: () => void) => store.subscribe(BALANCE_KEY, l), [store]);
  return useSyncExternalStore(subscribe, () => store.getBalances());
}
