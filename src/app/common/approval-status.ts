import { APPROVAL_WARNINGS, approvalState } from '../../report/approval';
import type { Finding } from '../../report/findings';
import { REVIEW_STATUS_LABELS } from '../../report/layout/review-status';
import type { Draft } from '../../report/schema';

/** Why the draft's status cannot be taken as it reads (审核通过后内容已被修改, …), or null. */
export function approvalWarningOf(draft: Draft, findings: readonly Finding[]): string | null {
  const state = approvalState(draft, findings);
  return state === 'approved' || state === 'ok' ? null : APPROVAL_WARNINGS[state];
}

/** The status in words — never “已审核通过” for an approval that is not confirmed. */
export function statusLabelOf(draft: Draft, findings: readonly Finding[]): string {
  const status = draft.review?.status ?? 'draft';
  return approvalWarningOf(draft, findings)
    ? `${REVIEW_STATUS_LABELS[status]}（未确认）`
    : REVIEW_STATUS_LABELS[status];
}
