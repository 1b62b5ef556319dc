import type { Draft } from '../report/schema';

export interface SumCandidate {
  readonly file: string;
  readonly draft: Draft;
}

export interface SumSelection {
  /** The year summed: the one most reports have (the later one on a tie). */
  readonly year: number | undefined;
  readonly included: readonly SumCandidate[];
  readonly left: readonly { readonly file: string; readonly reason: string }[];
}

const unitOf = (d: Draft) => d.meta.agencyName.replace(/\s+/g, '');
const isApproved = (d: Draft) => d.review?.status === 'approved';
/** When the report was last decided on (its newest history entry), '' when never. */
const lastAt = (d: Draft) => (d.review?.history ?? []).reduce((t, h) => (h.at > t ? h.at : t), '');

/**
 * Which reports a 汇总 adds up: one year, and one report per unit — the approved one when a
 * unit has one, else the latest (by its status history, then the later file) — and what it
 * left out, each with the reason.
 */
export function selectForSum(candidates: readonly SumCandidate[]): SumSelection {
  const counts = new Map<number, number>();
  for (const c of candidates) counts.set(c.draft.meta.year, (counts.get(c.draft.meta.year) ?? 0) + 1);
  const year = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  const left: { file: string; reason: string }[] = [];
  const byUnit = new Map<string, SumCandidate[]>();
  for (const c of candidates) {
    if (c.draft.meta.year !== year) {
      left.push({ file: c.file, reason: `${c.draft.meta.year} 年的报告，与汇总年度 ${year} 年不同` });
      continue;
    }
    const unit = unitOf(c.draft);
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), c]);
  }
  const included: SumCandidate[] = [];
  for (const group of byUnit.values()) {
    const approved = group.filter((c) => isApproved(c.draft));
    const pool = approved.length > 0 ? approved : group;
    // The latest: newest history entry, then the file given later.
    const chosen = pool.reduce((best, c) => (lastAt(c.draft) >= lastAt(best.draft) ? c : best));
    included.push(chosen);
    const which = approved.length > 0 ? '已审核通过的' : '最新的';
    for (const c of group) {
      if (c === chosen) continue;
      left.push({
        file: c.file,
        reason: `与 ${chosen.file} 是同一单位（${chosen.draft.meta.agencyName}）的报告，每个单位只计一份：计入了${which}那份`,
      });
    }
  }
  // In the order the files were given.
  const order = new Map(candidates.map((c, i) => [c, i]));
  included.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return { year, included, left };
}
