import type { ReviewStatus } from '../schema';

/** How each review status reads in Chinese. */
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  draft: '草稿',
  submitted: '已提交审核',
  returned: '退回修改',
  approved: '审核通过',
};
