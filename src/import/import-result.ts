import type { PrintedTotal } from '../report/rules/printed-totals';
import type { Provenance } from '../report/provenance';
import type { Draft } from '../report/schema';
import type { LayoutId } from './matrix-slots';
import type { AmbiguousRow, ImportedNumber } from './table-import';
import type { Unmapped } from './unmapped';

/** A printed total that disagrees with the recomputed one (never copied into the draft). */
export interface Mismatch {
  /** The derived cell, e.g. `applications.newReceived.total`, `appeals.reconsideration.total`. */
  readonly path: string;
  readonly printed: number;
  readonly computed: number;
}

export interface ImportSuccess {
  readonly ok: true;
  readonly draft: Draft;
  /** Which official layout the report follows. */
  readonly layout: LayoutId;
  /** Every number taken into the draft (blank cells as 0, see `blanks`). */
  readonly mapped: readonly ImportedNumber[];
  readonly unmapped: readonly Unmapped[];
  readonly mismatches: readonly Mismatch[];
  /** Paths imported as 0 because the printed cell was blank. */
  readonly blanks: readonly string[];
  /** Rows that could be read several ways; their cells stay empty. */
  readonly ambiguous: readonly AmbiguousRow[];
  /** What the clerk should know (missing agency, 2019 layout, rows not found…), in Chinese. */
  readonly notices: readonly string[];
  /** Every printed total found, for the R1/R2/R4 findings of `check`. */
  readonly printedTotals: readonly PrintedTotal[];
  /** The parts whose table was not found or gave no number (their cells stay blank). */
  readonly tablesNotRead: readonly TablePartId[];
  /** Where each value came from: reading gaps (with the text there) and what need not be stated. */
  readonly provenance: Provenance;
}

/** The parts that hold a table. */
export type TablePartId = 'proactive' | 'applications' | 'appeals';

export interface ImportFailure {
  readonly ok: false;
  /** Why this is not a report, in Chinese. */
  readonly message: string;
}

export type ImportResult = ImportSuccess | ImportFailure;
