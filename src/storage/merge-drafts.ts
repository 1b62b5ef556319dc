import { canonicalJson, sameJson } from '../report/canonical-json';
import type { Draft, Review, ReviewComment, Settlement } from '../report/schema';

/** A three-way merge of two versions of one stored draft that both started from `base`. */
export type MergeResult =
  | { readonly ok: true; readonly draft: Draft }
  | { readonly ok: false; readonly reason: 'content' | 'status' | 'decision' };

const EMPTY_REVIEW: Review = { status: 'draft', comments: [], history: [] };

/** Everything the clerk writes: the draft without its review. */
function contentOf(d: Draft): string {
  const { review: _review, ...rest } = d;
  return canonicalJson(rest);
}

/** The decision part of the review: status and its history. */
function decisionOf(d: Draft): string {
  const r = d.review ?? EMPTY_REVIEW;
  return canonicalJson([r.status, r.history]);
}

/**
 * Comments by id: one added on either side is kept, one removed on either side is gone, one
 * changed (e.g. marked resolved) on one side takes that side's version.
 */
function mergeComments(
  base: readonly ReviewComment[],
  ours: readonly ReviewComment[],
  theirs: readonly ReviewComment[],
): ReviewComment[] {
  const inBase = new Map(base.map((c) => [c.id, c]));
  const inOurs = new Map(ours.map((c) => [c.id, c]));
  const inTheirs = new Map(theirs.map((c) => [c.id, c]));
  const out: ReviewComment[] = [];
  for (const c of ours) {
    const b = inBase.get(c.id);
    const t = inTheirs.get(c.id);
    if (b && !t) continue; // removed on their side
    out.push(t && b && sameJson(c, b) ? t : c);
  }
  for (const c of theirs) {
    if (!inOurs.has(c.id) && !inBase.has(c.id)) out.push(c);
  }
  return out;
}

/**
 * Merges what can be merged: comments from both sides beside the values of the one side
 * that changed them. Refused when both sides changed the content differently (`content`),
 * both changed the status differently (`status`), or one side decided a status on content
 * the other side has changed since (`decision`) — approving numbers that are no longer there.
 */
export function mergeDrafts(base: Draft, ours: Draft, theirs: Draft): MergeResult {
  const c = { base: contentOf(base), ours: contentOf(ours), theirs: contentOf(theirs) };
  const d = { base: decisionOf(base), ours: decisionOf(ours), theirs: decisionOf(theirs) };
  const oursContent = c.ours !== c.base;
  const theirsContent = c.theirs !== c.base && c.theirs !== c.ours;
  const oursDecision = d.ours !== d.base;
  const theirsDecision = d.theirs !== d.base && d.theirs !== d.ours;
  if (oursContent && theirsContent) return { ok: false, reason: 'content' };
  if (oursDecision && theirsDecision) return { ok: false, reason: 'status' };
  if ((oursDecision && theirsContent) || (theirsDecision && oursContent))
    return { ok: false, reason: 'decision' };

  const contentFrom = theirsContent ? theirs : ours;
  const decisionFrom = theirsDecision ? theirs : ours;
  const rb = base.review ?? EMPTY_REVIEW;
  const ro = ours.review ?? EMPTY_REVIEW;
  const rt = theirs.review ?? EMPTY_REVIEW;
  const rd = decisionFrom.review ?? EMPTY_REVIEW;
  const comments = mergeComments(rb.comments, ro.comments, rt.comments);
  const { review: _review, ...content } = contentFrom;
  const anyReview = ours.review !== undefined || theirs.review !== undefined;
  const settlements = mergeSettlements(ro.settlements, rt.settlements);
  const draft: Draft = anyReview
    ? {
        ...content,
        review: { status: rd.status, comments, history: rd.history, ...(settlements ? { settlements } : {}) },
      }
    : { ...content };
  return { ok: true, draft };
}

/** Settled warnings from both sides: per warning (rule and place) the later settlement. */
function mergeSettlements(
  ours: readonly Settlement[] | undefined,
  theirs: readonly Settlement[] | undefined,
): Settlement[] | undefined {
  if (!ours && !theirs) return undefined;
  const oldestFirst = [...(ours ?? []), ...(theirs ?? [])].sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at),
  );
  return [...new Map(oldestFirst.map((s) => [`${s.rule}|${s.path}`, s])).values()];
}
