import { describe, expect, it } from 'vitest';
import { DERIVED_CELLS } from '../../report/derived-cells';
import { MATRIX_COLUMN_KEYS } from '../../report/layout/applicant-columns';
import { emptyDraft } from '../../report/empty-draft';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { computeDerived } from '../../report/totals';
import { BALANCE_KEY, TotalsStore } from './totals-store';

const matrixCells = DERIVED_CELLS.filter((c) => c.path.startsWith('applications.'));

function listen(store: TotalsStore, keys: readonly string[]) {
  const heard: string[] = [];
  for (const k of keys) store.subscribe(k, () => heard.push(k));
  return heard;
}

describe('TotalsStore', () => {
  it('starts with the same totals as the core computes', () => {
    const draft = sampleDraft();
    const store = new TotalsStore(DERIVED_CELLS, MATRIX_COLUMN_KEYS, draft);
    for (const [path, value] of computeDerived(draft)) expect(store.get(path)).toBe(value);
    expect(store.getBalances().every((b) => b.difference === 0)).toBe(true);
  });

  it('a result cell tells exactly its row total, its column total, the grand total and the balance', () => {
    let draft = sampleDraft();
    const store = new TotalsStore(matrixCells, MATRIX_COLUMN_KEYS, draft);
    const heard = listen(store, [...matrixCells.map((c) => c.path), BALANCE_KEY]);
    const path = 'applications.results.withheld.stateSecret.natural';
    draft = setPath(draft, path, 5);
    store.update(draft, path);
    expect(heard.sort()).toEqual(
      [
        'applications.results.total.natural',
        'applications.results.total.total',
        'applications.results.withheld.stateSecret.total',
        BALANCE_KEY,
      ].sort(),
    );
    expect(store.get('applications.results.total.natural')).toBe(44);
    const natural = store.getBalances().find((b) => b.column === 'natural');
    expect(natural?.difference).toBe(-4);
  });

  it('stays silent when the totals do not change (blank → 0) and for paths it does not hold', () => {
    let draft = emptyDraft('x', 2025);
    const store = new TotalsStore(matrixCells, MATRIX_COLUMN_KEYS, draft);
    const heard = listen(store, [...matrixCells.map((c) => c.path), BALANCE_KEY]);
    draft = setPath(draft, 'applications.newReceived.natural', 0);
    store.update(draft, 'applications.newReceived.natural');
    store.update(draft, 'overview.summary');
    store.update(draft, 'appeals.reconsideration.upheld');
    expect(heard).toEqual([]);
  });

  it('recomputes everything when a whole object or the whole form changes', () => {
    const store = new TotalsStore(matrixCells, MATRIX_COLUMN_KEYS, emptyDraft('x', 2025));
    const draft = sampleDraft();
    store.update(draft, 'applications');
    expect(store.get('applications.results.total.total')).toBe(47); // 49 + 4 − 6 carried forward
    const other = new TotalsStore(matrixCells, MATRIX_COLUMN_KEYS, emptyDraft('x', 2025));
    other.update(draft);
    expect(other.get('applications.newReceived.total')).toBe(49);
  });

  it('unsubscribes', () => {
    const store = new TotalsStore(matrixCells, [], emptyDraft('x', 2025));
    let calls = 0;
    const off = store.subscribe('applications.newReceived.total', () => calls++);
    off();
    store.update(
      setPath(emptyDraft('x', 2025), 'applications.newReceived.natural', 3),
      'applications.newReceived.natural',
    );
    expect(calls).toBe(0);
  });
});
