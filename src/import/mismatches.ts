import { dependentsOf } from '../report/derived-cells';
import { APPLICANT_KEYS } from '../report/layout/applicant-columns';
import type { PrintedTotal } from '../report/rules/printed-totals';
import { printedTotalFindings } from '../report/rules/printed-totals';
import type { DerivedValues } from '../report/totals';
import type { Mismatch } from './import-result';
import type { AmbiguousRow } from './table-import';

/** Derived cells fed by a row left empty because it was ambiguous: their printed totals prove nothing. */
function unreliableTotals(ambiguous: readonly AmbiguousRow[]): Set<string> {
  const out = new Set<string>();
  for (const row of ambiguous) {
    const cells = row.path.startsWith('applications.') ? APPLICANT_KEYS.map((c) => `${row.path}.${c}`) : [];
    for (const cell of cells) for (const d of dependentsOf(cell)) out.add(d.path);
    if (row.path === 'appeals') out.add('appeals');
    else if (row.path.startsWith('appeals.')) out.add(`${row.path}.total`);
  }
  return out;
}

/**
 * Printed totals that differ from the recomputed ones (R1/R2/R4), as `{ path, printed, computed }`.
 * A total fed by a row left ambiguous or by a cell left unread (`unread`: cells the reading did
 * not fill) proves nothing: the report is never called wrong for what was not read.
 */
export function findMismatches(
  printed: readonly PrintedTotal[],
  derived: DerivedValues,
  ambiguous: readonly AmbiguousRow[],
  unread: readonly string[] = [],
): { mismatches: Mismatch[]; trusted: PrintedTotal[] } {
  const skip = unreliableTotals(ambiguous);
  for (const cell of unread) for (const d of dependentsOf(cell)) skip.add(d.path);
  const trusted = printed.filter(
    (p) => !skip.has(p.path) && !(skip.has('appeals') && p.path.startsWith('appeals.')),
  );
  const mismatches = printedTotalFindings(trusted, derived).map((f) => ({
    path: f.path,
    printed: f.printed ?? 0,
    computed: f.computed ?? 0,
  }));
  return { mismatches, trusted };
}
