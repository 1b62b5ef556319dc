import type { Finding } from '../../report/findings';
import { checkDraft } from '../../report/rules/check-draft';
import type { Draft } from '../../report/schema';

/**
 * Every finding of the form as it is now: what a field refused as typed, then the core's
 * rules (checkDraft) — the one definition of a right report. Where a field refused what was
 * typed, that message stands for the field (the core would only repeat “blank” or “not a number”).
 */
export function checkForm(values: Draft, inputProblems: ReadonlyMap<string, string>): Finding[] {
  const refused: Finding[] = [...inputProblems].map(([path, message]) => ({
    rule: 'R5',
    severity: 'error',
    path,
    message: `${message}。`,
  }));
  return [...refused, ...checkDraft(values).filter((f) => !inputProblems.has(f.path))];
}
