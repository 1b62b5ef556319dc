import { emptyDraft } from '../report/empty-draft';
import { NUMERIC_FIELDS, MAX_DECIMALS } from '../report/numeric-fields';
import { getKeys, setPath } from '../report/paths';
import type { Draft } from '../report/schema';
import { cellNumber } from '../report/totals';

/**
 * What sumDrafts reads of a report: the numeric fields (NUMERIC_FIELDS) at their draft paths, and
 * nothing else — a whole Draft, or only its numeric parts (the server selects those alone). A
 * field that is missing or not a number counts as blank.
 */
export type NumericReport = object;

/**
 * The county-wide sum (汇总) of many reports: every typed number added up (blank = 0),
 * as a draft of its own so the report view and exporters can show it.
 */
export function sumDrafts(drafts: readonly NumericReport[], name: string, year: number): Draft {
  let total = emptyDraft(name, year);
  for (const field of NUMERIC_FIELDS) {
    // The path split once per field, not once per report (a province sums tens of thousands).
    const keys = field.path.split('.');
    let sum = 0;
    for (const d of drafts) sum += cellNumber(getKeys(d, keys));
    const scale = 10 ** MAX_DECIMALS[field.kind];
    total = setPath(total, field.path, Math.round(sum * scale) / scale);
  }
  return total;
}

/**
 * A report's figures as one vector in NUMERIC_FIELDS order (blank or not a number: null): what
 * the server keeps beside each revision, so a region's 汇总 is a sum per position in the database.
 */
export function reportFigures(report: NumericReport): (number | null)[] {
  return NUMERIC_FIELDS.map((f) => {
    const v = getKeys(report, f.path.split('.'));
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  });
}

/** The draft of sums from a vector of summed figures (NUMERIC_FIELDS order), rounded as sumDrafts rounds. */
export function draftOfFigureSums(sums: readonly (number | null)[], name: string, year: number): Draft {
  let total = emptyDraft(name, year);
  NUMERIC_FIELDS.forEach((field, i) => {
    const scale = 10 ** MAX_DECIMALS[field.kind];
    total = setPath(total, field.path, Math.round((sums[i] ?? 0) * scale) / scale);
  });
  return total;
}
