import type { Finding } from '../findings';
import type { Draft } from '../schema';

/**
 * P1 for the figures of tables 三 and 四 that the prose states (`narrative-applications.ts`),
 * loaded on demand: the reader is kept out of the app's first load (architecture.md's budget).
 * Every entry that checks a report loads it first — the command line and the server at start,
 * the app as it opens (the wizard checks again once it is there), the unit tests in their setup.
 * Until it is loaded, checkDraft gives none of these warnings (never a wrong one).
 */
type Rule = (draft: Draft) => Finding[];

let rule: Rule | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the rule once; later calls return the same promise. Never rejects: a chunk that fails to
 * load (the network dropped) leaves the rule out, so no page waiting on it fails, and the next
 * call tries again.
 */
export function loadProseFigures(): Promise<void> {
  if (loading === undefined) {
    loading = import('./narrative-applications').then(
      (m) => {
        rule = m.applicationNarrativeFindings;
      },
      () => {
        loading = undefined;
      },
    );
  }
  return loading;
}

/** The rule's findings, or none while it is not loaded yet. */
export function proseFigureFindings(draft: Draft): Finding[] {
  return rule ? rule(draft) : [];
}
