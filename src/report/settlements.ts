import { hash53 } from './approval';
import { canonicalJson } from './canonical-json';
import { derivedCell } from './derived-cells';
import type { Finding } from './findings';
import { getPath } from './paths';
import { reviewOf } from './review';
import type { ReviewResult } from './review';
import type { Draft, ReplyRole, SettleState, Settlement } from './schema';

// A warning (never an error) can be settled: 已核实 with a short explanation — the figure is
// right as it stands — or 需修改. The settlement keeps a digest of the cells behind the warning
// (its own place, the cells a computed total sums, and the warning's words, which name the
// figures compared); once any of them changes, the warning reads as open again.

/** Characters in the explanation of a settled warning (the file holds any text; settling refuses more). */
export const MAX_SETTLE_NOTE_CHARS = 500;

/** How each settlement reads. */
export const SETTLE_LABELS: Readonly<Record<SettleState, string>> = {
  verified: '已核实',
  'needs-change': '需修改',
};

/** Where a warning stands now. */
export type WarningState =
  | { readonly kind: 'open' }
  | { readonly kind: 'settled'; readonly settlement: Settlement }
  /** Settled once, but the cells behind it changed since: open again. */
  | { readonly kind: 'reopened'; readonly settlement: Settlement };

/** What a warning's state reads as in a list or a CSV. */
export function warningStateLabel(state: WarningState): string {
  if (state.kind === 'open') return '未处理';
  if (state.kind === 'reopened') return '相关数据已变动，待重新核实';
  return SETTLE_LABELS[state.settlement.state];
}

/** True for a warning someone decided on (已核实 or 需修改) whose cells have not changed since. */
export function isSettled(state: WarningState): boolean {
  return state.kind === 'settled';
}

/** The cells a finding's place stands for: itself and, for a computed total, what it sums. */
function cellsBehind(path: string, out: string[] = []): string[] {
  if (!path || out.includes(path)) return out;
  out.push(path);
  for (const source of derivedCell(path)?.sources ?? []) cellsBehind(source, out);
  return out;
}

/** The digest of what a warning is about: its rule, place and words, and the cells behind it. */
export function warningDigest(draft: Draft, finding: Finding): string {
  const cells = cellsBehind(finding.path).map((p) => [p, getPath(draft, p) ?? null]);
  const text = canonicalJson([finding.rule, finding.path, finding.message, cells]);
  return `w1-${hash53(text, 1)}${hash53(text, 2)}`;
}

function sameWarning(s: { rule: string; path: string }, f: { rule: string; path: string }): boolean {
  return s.rule === f.rule && s.path === f.path;
}

/** Where the warning `finding` of `draft` stands. Errors are never settled: always open. */
export function warningState(draft: Draft, finding: Finding): WarningState {
  if (finding.severity !== 'warning') return { kind: 'open' };
  const settlement = draft.review?.settlements?.find((s) => sameWarning(s, finding));
  if (!settlement) return { kind: 'open' };
  return settlement.digest === warningDigest(draft, finding)
    ? { kind: 'settled', settlement }
    : { kind: 'reopened', settlement };
}

export interface SettleInput {
  readonly state: SettleState;
  readonly note: string;
  readonly by: string;
  readonly role: ReplyRole;
  readonly at: string;
}

/**
 * Settles the warning at `target` (rule and place) among `findings` (checkDraft of `draft`),
 * replacing an earlier settlement of it. Refused for an error, a warning the report no longer
 * has, 已核实 without an explanation, or an explanation over the limit.
 */
export function settleWarning(
  draft: Draft,
  findings: readonly Finding[],
  target: { readonly rule: string; readonly path: string },
  input: SettleInput,
): ReviewResult {
  const finding = findings.find((f) => sameWarning(target, f));
  if (!finding) return { ok: false, message: '报告中已没有这条提醒（可能已经改正），无需处理。' };
  if (finding.severity !== 'warning') return { ok: false, message: '错误必须改正，不能标为已核实。' };
  const note = input.note.trim();
  if (input.state === 'verified' && !note) return { ok: false, message: '标为已核实时请写明核实情况。' };
  if (Array.from(note).length > MAX_SETTLE_NOTE_CHARS) {
    return { ok: false, message: `说明不能超过 ${MAX_SETTLE_NOTE_CHARS} 个字。` };
  }
  const by = input.by.trim();
  if (!by) return { ok: false, message: '请先填写处理人姓名。' };
  const settlement: Settlement = {
    rule: finding.rule,
    path: finding.path,
    state: input.state,
    note,
    by,
    role: input.role,
    at: input.at,
    digest: warningDigest(draft, finding),
  };
  const review = reviewOf(draft);
  const others = (review.settlements ?? []).filter((s) => !sameWarning(s, finding));
  return { ok: true, draft: { ...draft, review: { ...review, settlements: [...others, settlement] } } };
}

/** A finding with where it stands, as a list or a CSV shows it (the desk's 问题清单). */
export interface SettledFinding extends Finding {
  /** Absent while open and never settled. */
  readonly settled?: {
    readonly kind: 'settled' | 'reopened';
    readonly state: SettleState;
    readonly note: string;
    readonly by: string;
    readonly at: string;
  };
}

/** Each of `findings` (checkDraft of `draft`) with where it stands. */
export function withSettleStates(draft: Draft, findings: readonly Finding[]): SettledFinding[] {
  return findings.map((f) => {
    const s = warningState(draft, f);
    if (s.kind === 'open') return f;
    const { state, note, by, at } = s.settlement;
    return { ...f, settled: { kind: s.kind, state, note, by, at } };
  });
}

/** What a listed finding's state reads as: 未处理, 已核实, 需修改, or reopened. */
export function settledFindingLabel(f: SettledFinding): string {
  if (f.severity !== 'warning') return '';
  if (!f.settled) return '未处理';
  return f.settled.kind === 'reopened' ? '相关数据已变动，待重新核实' : SETTLE_LABELS[f.settled.state];
}
