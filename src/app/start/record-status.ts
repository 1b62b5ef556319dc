import { REVIEW_STATUS_LABELS } from '../../report/layout/review-status';
import { checkDraft } from '../../report/rules/check-draft';
import type { Draft, ReviewStatus } from '../../report/schema';
import type { DraftRecord } from '../../storage/draft-record';
import { openRecord } from '../../storage/draft-record';
import { approvalWarningOf, statusLabelOf } from '../common/approval-status';

export interface RecordStatus {
  /** The status in words (“审核通过（未确认）” when the approval does not hold). */
  readonly label: string;
  /** The status the colour shows: an approval that does not hold is not shown as approved. */
  readonly shown: ReviewStatus | 'unconfirmed';
  /** Why the stored status cannot be taken as it reads, or null. */
  readonly warning: string | null;
}

/**
 * A stored draft's status as the start page lists it: checked like every other screen
 * (content digest, errors, history), not taken from the record's status field.
 */
export function recordStatus(record: DraftRecord): RecordStatus {
  const plain = { label: REVIEW_STATUS_LABELS[record.status], shown: record.status, warning: null };
  // A draft claims nothing; only a status beyond 草稿 needs the check.
  if (record.status === 'draft') return plain;
  const opened = openRecord(record);
  if (!opened.ok) return { ...plain, shown: 'unconfirmed', warning: '草稿无法读取。' };
  const findings = checkDraft(opened.draft);
  const warning = approvalWarningOf(opened.draft, findings);
  const status = opened.draft.review?.status ?? 'draft';
  return { label: statusLabelOf(opened.draft, findings), shown: warning ? 'unconfirmed' : status, warning };
}

/** Whether replacing the stored draft with the file changes the report's status, in words. */
export function statusChange(stored: DraftRecord, incoming: Draft): string {
  const before = recordStatus(stored).label;
  const after = statusLabelOf(incoming, checkDraft(incoming));
  return before === after
    ? `报告状态不变，仍为“${before}”。`
    : `替换后，报告状态将从“${before}”变为“${after}”。`;
}
