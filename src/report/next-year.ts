import { emptyDraft } from './empty-draft';
import { baselineFromDraft } from './rules/cross-year';
import type { Draft } from './schema';

/**
 * This year's report started from last year's: the next year, the same agency, website and
 * contact; this year's carried-over row = last year's carried-forward row, per column; last year's figures
 * kept as `baseline` so that X1/X2 check the continuity; everything else empty.
 */
export function startNextYear(previous: Draft): Draft {
  const next = emptyDraft(previous.meta.agencyName, previous.meta.year + 1);
  const { website } = previous.meta;
  return {
    ...next,
    meta: {
      ...next.meta,
      ...(website !== undefined ? { website } : {}),
      contact: { ...previous.meta.contact },
    },
    applications: { ...next.applications, carriedOver: { ...previous.applications.carriedForward } },
    baseline: baselineFromDraft(previous),
  };
}
