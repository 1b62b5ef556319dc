import { DERIVED_CELLS } from './derived-cells';
import { getPath } from './paths';

/** The value of a cell for arithmetic: blank (`null`/missing) counts as 0. */
export function cellNumber(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Every derived cell's value, keyed by its path. Totals are always recomputed, never stored. */
export type DerivedValues = ReadonlyMap<string, number>;

export function computeDerived(draft: unknown): DerivedValues {
  const values = new Map<string, number>();
  for (const cell of DERIVED_CELLS) {
    let sum = 0;
    for (const source of cell.sources) {
      sum += values.has(source) ? (values.get(source) ?? 0) : cellNumber(getPath(draft, source));
    }
    values.set(cell.path, sum);
  }
  return values;
}

/** The value shown at `path`: a derived total, a typed number, or `null` when blank. */
export function valueAt(draft: unknown, derived: DerivedValues, path: string): number | null {
  if (derived.has(path)) return derived.get(path) ?? 0;
  const v = getPath(draft, path);
  return typeof v === 'number' ? v : null;
}
