import { useSyncExternalStore } from 'react';
import type { Finding } from '../../report/findings';
import { isCompleteness } from '../../report/findings';
import { useFindingsAt } from '../findings/use-findings';
import { useFormTools } from './form-context';
import { isGatedPath } from './gated-path';
import type { RevealStore } from './reveal-store';

/**
 * Of `findings`, those the clerk should see now: form fields' only once they moved on, and
 * what is still missing (completeness) only once they moved on from it — never on a fresh page.
 */
export function visibleFindings(findings: readonly Finding[], reveal: RevealStore): Finding[] {
  return findings.filter(
    (f) => (!isGatedPath(f.path) && !isCompleteness(f)) || reveal.rulesAt(f.path).has(f.rule),
  );
}

/** The findings to show at one field. */
export function useVisibleFindingsAt(path: string): Finding[] {
  const { reveal } = useFormTools();
  const live = useFindingsAt(path);
  useSyncExternalStore(reveal.subscribe, reveal.getVersion);
  return visibleFindings(live, reveal);
}
