import type { Finding } from '../findings';
import { MATRIX_COLUMN_KEYS } from '../layout/applicant-columns';
import { NUMERIC_FIELDS } from '../numeric-fields';
import type { Provenance } from '../provenance';
import { gapAt, gapFinding, notNeededFinding } from '../provenance';
import type { Baseline, Draft } from '../schema';
import { computeDerived } from '../totals';
import type { DerivedValues } from '../totals';
import { balanceFindings } from './balance';
import { completenessFindings } from './completeness';
import { contactFindings } from './contact';
import { baselineFromDraft, carriedOverFindings, inForceFindings } from './cross-year';
import { narrativeFindings } from './narrative';
import { oldTextFindings } from './old-text';
import { sameAsLastYearFindings } from './same-as-last-year';
import { valueFindings } from './values';

export interface CheckOptions {
  /** Last year's report; overrides the draft's own `baseline` for X1/X2. */
  readonly previous?: Draft;
  /** Already computed totals (saves recomputing them). */
  readonly derived?: DerivedValues;
  /**
   * Where each value came from, when the draft was read from a published report (made by the
   * importer): the completeness rules then ask only for what the report itself left out, each
   * value the tool could not read is a reading gap, and no rule judges a figure it could not read.
   */
  readonly provenance?: Provenance;
}

/** The number cells of table 三 in one applicant column (R3 sums these). */
const columnCells = (column: string) =>
  NUMERIC_FIELDS.filter((f) => f.path.startsWith('applications.') && f.path.endsWith(`.${column}`));

/** True when any cell of 一、本年新收 could not be read. */
const newReceivedUnread = (provenance: Provenance) =>
  NUMERIC_FIELDS.some((c) => c.path.startsWith('applications.newReceived.') && gapAt(provenance, c.path));

/**
 * True when a finding judges figures the tool could not read: R3 of a column with an unread
 * cell, P1 while 一、本年新收 is unread (its other figures skip blank cells), X1/Y3 on an unread cell.
 */
function restsOnGap(f: Finding, provenance: Provenance): boolean {
  if (f.rule === 'R3') {
    const column = MATRIX_COLUMN_KEYS.find((c) => f.path.endsWith(`.${c}`));
    const cells = column === undefined || column === 'total' ? NUMERIC_FIELDS : columnCells(column);
    return cells.some((c) => c.path.startsWith('applications.') && gapAt(provenance, c.path));
  }
  // P1 leaves out a figure with a blank cell, but “no applications” reads an unread 新收 row as 0.
  if (f.rule === 'P1') return newReceivedUnread(provenance);
  return f.path.includes('.') && gapAt(provenance, f.path) !== undefined && f.rule !== 'C4';
}

/**
 * Every rule over one draft — R5 (values, contact details), R3, X1, X2, P1 and the
 * completeness rules C1–C5 — in one list; for a draft read from a published report (with
 * `provenance`) also its reading gaps and what it need not state, each finding of its kind. The wizard (task list, check page, submit), review
 * mode, the batch page, `cli check` and export all call this (R1/R2/R4 need printed totals).
 */
export function checkDraft(draft: Draft, options: CheckOptions = {}): Finding[] {
  const derived = options.derived ?? computeDerived(draft);
  const baseline: Baseline | undefined = options.previous
    ? baselineFromDraft(options.previous)
    : draft.baseline;
  const provenance = options.provenance;
  const own = [
    ...completenessFindings(draft, provenance),
    ...contactFindings(draft),
    ...valueFindings(draft),
    ...balanceFindings(draft, derived),
    ...(baseline ? [...carriedOverFindings(draft, baseline), ...inForceFindings(draft, baseline)] : []),
    ...(baseline?.prose ? sameAsLastYearFindings(draft, baseline.prose) : []),
    ...narrativeFindings(draft, derived),
    ...oldTextFindings(draft, baseline, derived),
  ];
  if (!provenance) return own;
  return [
    ...own.filter((f) => !restsOnGap(f, provenance)),
    ...provenance.gaps.map(gapFinding),
    ...provenance.notStated.map(notNeededFinding),
  ];
}
