import { canonicalJson } from './canonical-json';
import type { Finding } from './findings';
import { hasErrors } from './findings';
import type { Draft } from './schema';

// In the file flow a status is plain JSON anyone can edit. An approval therefore records a
// digest of the report's content; a report whose content no longer matches, whose approval
// has no digest, which has errors, or whose status has no matching history entry is never
// shown as approved. This makes accidental or casual edits visible — not forgery by someone
// who recomputes the digest: only the server mode, where the server decides every status,
// guarantees who approved what.

/** Two 53-bit string hashes (cyrb53) side by side: 28 hex digits. */
export function hash53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The digest of what the clerk wrote (everything but the review), key order aside. */
export function contentDigest(draft: Draft): string {
  const { review: _review, ...content } = draft;
  const text = canonicalJson(content);
  return `c1-${hash53(text, 1)}${hash53(text, 2)}`;
}

/**
 * How the status reads:
 * - `approved`: approved, the digest matches, no errors;
 * - `unconfirmed`: says approved but the approval has no digest (typed in, or an old file);
 * - `modified`: the content changed after the approval (审核通过后内容已被修改);
 * - `with-errors`: says approved but the report has errors;
 * - `no-history`: the status has no matching history entry;
 * - `ok`: any other status, consistent with its history.
 */
export type ApprovalState = 'approved' | 'unconfirmed' | 'modified' | 'with-errors' | 'no-history' | 'ok';

export function approvalState(draft: Draft, findings: readonly Finding[]): ApprovalState {
  const review = draft.review;
  if (!review) return 'ok';
  const last = review.history.at(-1);
  if (review.status !== 'draft' && last?.status !== review.status) return 'no-history';
  if (review.status === 'draft' && last !== undefined && last.status !== 'draft') return 'no-history';
  if (review.status !== 'approved') return 'ok';
  if (hasErrors(findings)) return 'with-errors';
  if (!last?.digest) return 'unconfirmed';
  return last.digest === contentDigest(draft) ? 'approved' : 'modified';
}

/** What a status reads as, in words, when it is not what it claims. */
export const APPROVAL_WARNINGS: Record<Exclude<ApprovalState, 'approved' | 'ok'>, string> = {
  unconfirmed:
    '审核通过未经确认：这次审核通过没有记录报告内容的摘要（可能是手工写入文件的），不能视为已审核通过。',
  modified: '审核通过后内容已被修改：报告内容与审核通过时记录的摘要不一致，需要重新提交审核。',
  'with-errors': '状态为“已审核通过”，但报告仍有错误，不能视为已审核通过。',
  'no-history': '审核状态与状态记录不一致（没有相应的状态记录），不能视为该状态。',
};

/** The approval's findings (warnings) for `check` and the review page. */
export function approvalFindings(draft: Draft, findings: readonly Finding[]): Finding[] {
  const state = approvalState(draft, findings);
  if (state === 'approved' || state === 'ok') return [];
  return [{ rule: 'S', severity: 'warning', path: 'review.status', message: APPROVAL_WARNINGS[state] }];
}
