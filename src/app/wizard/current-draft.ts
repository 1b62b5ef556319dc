import { emptyDraft } from '../../report/empty-draft';
import type { Draft } from '../../report/schema';
import { storableDraft } from '../../storage/storable-draft';
import { reportingYear } from '../../report/reporting-year';

/**
 * The form's values as a draft to preview, print or export. A field holding text that is
 * not a valid value yet (letters in a cell) counts as blank; its error is shown elsewhere
 * and keeps the report from going out as final. Null when no draft can be made.
 */
export function currentDraft(values: unknown): Draft | null {
  return storableDraft(values, emptyDraft('', reportingYear()))?.draft ?? null;
}
