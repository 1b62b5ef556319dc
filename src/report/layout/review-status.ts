import type { ReplyRole, ReviewStatus } from '../schema';

/** How each review status reads in Chinese — the one list, used by every screen. */
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  draft: '草稿',
  submitted: '已提交审核',
  returned: '退回修改',
  approved: '审核通过',
};

/** The status of a unit that has no report for the year yet (server roster). */
export const NO_REPORT_LABEL = '未开始';

/** The status column's word for a published report (it has no review status). */
export const PUBLISHED_REPORT_LABEL = '已发布';

/** The status word in a saved file's name (`某某县商务局-2025-待审核.json`). */
export const REVIEW_STATUS_FILE_WORDS: Record<ReviewStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  approved: '已通过',
};

/** Who wrote a reply in a comment's thread, in words. */
export const REPLY_ROLE_LABELS: Record<ReplyRole, string> = {
  clerk: '填报人',
  supervisor: '审核人',
};
