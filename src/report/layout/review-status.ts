import type { ReviewStatus } from '../schema';

/** How each review status reads in Chinese — the one list, used by every screen. */
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  draft: '草稿',
  submitted: '已提交审核',
  returned: '退回修改',
  approved: '审核通过',
};

/** The status column's word for a published report (it has no review status). */
export const PUBLISHED_REPORT_LABEL = '已发布';
