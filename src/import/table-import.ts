import type { PrintedTotal } from '../report/rules/printed-totals';
import type { Unmapped } from './unmapped';

/** A number taken from the report into the draft. `blank`: the cell was empty and imported as 0. */
export interface ImportedNumber {
  readonly path: string;
  readonly value: number;
  readonly line: number;
  readonly blank: boolean;
}

/** A row whose digits ran together and could be read several ways; its cells stay empty. */
export interface AmbiguousRow {
  /** The row's path under the draft, e.g. `applications.results.disclosed`. */
  readonly path: string;
  readonly line: number;
  readonly printed: string;
  readonly candidates: readonly (readonly number[])[];
  readonly reason: string;
}

/** What one table gave: numbers for the draft, printed totals to compare, and what did not fit. */
export interface TableImport {
  readonly numbers: readonly ImportedNumber[];
  readonly printed: readonly PrintedTotal[];
  readonly ambiguous: readonly AmbiguousRow[];
  readonly unmapped: readonly Unmapped[];
  readonly notices: readonly string[];
  /** True when the table was found at all. */
  readonly found: boolean;
}

export const EMPTY_TABLE: TableImport = {
  numbers: [],
  printed: [],
  ambiguous: [],
  unmapped: [],
  notices: [],
  found: false,
};
