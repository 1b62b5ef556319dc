import { restoreDraft } from '../report/restore';
import { getPath, setPath } from '../report/paths';
import type { Draft } from '../report/schema';

export interface StorableDraft {
  readonly draft: Draft;
  /** Typed text that is not a valid value yet, by path (kept beside the draft). */
  readonly unparsed: Readonly<Record<string, string>>;
}

/**
 * The form's values → a valid draft to store. A field that does not hold a valid value
 * (letters in a cell, a year being typed) keeps its value from `fallback` in the draft,
 * and what was typed is kept in `unparsed`. Returns null when no valid draft can be made.
 */
export function storableDraft(values: unknown, fallback: Draft): StorableDraft | null {
  const first = restoreDraft(values);
  if (first.ok) return { draft: first.draft, unparsed: {} };
  const unparsed: Record<string, string> = {};
  let repaired = values;
  for (const finding of first.findings) {
    if (!finding.path) return null;
    const typed = getPath(values, finding.path);
    if (typed !== undefined && typed !== null) unparsed[finding.path] = String(typed);
    repaired = setPath(repaired, finding.path, getPath(fallback, finding.path) ?? null);
  }
  const second = restoreDraft(repaired);
  return second.ok ? { draft: second.draft, unparsed } : null;
}
