import { emptyDraft } from '../report/empty-draft';
import { NUMERIC_FIELDS, MAX_DECIMALS } from '../report/numeric-fields';
import { getPath, setPath } from '../report/paths';
import type { Draft } from '../report/schema';
import { cellNumber } from '../report/totals';

/**
 * The county-wide sum (汇总) of many reports: every typed number added up (blank = 0),
 * as a draft of its own so the report view and exporters can show it.
 */
export function sumDrafts(drafts: readonly Draft[], name: string, year: number): Draft {
  let total = emptyDraft(name, year);
  for (const field of NUMERIC_FIELDS) {
    const sum = drafts.reduce((s, d) => s + cellNumber(getPath(d, field.path)), 0);
    const scale = 10 ** MAX_DECIMALS[field.kind];
    total = setPath(total, field.path, Math.round(sum * scale) / scale);
  }
  return total;
}
