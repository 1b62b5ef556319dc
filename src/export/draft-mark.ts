/**
 * The mark every format carries on a draft copy (a report exported before its
 * arithmetic balances, or before it is approved): a banner line at the top and,
 * where the format allows, a diagonal watermark.
 */
export const DRAFT_BANNER = '草稿（未经审核，不得发布）';
export const DRAFT_WATERMARK = '草稿';
