import type { Finding } from '../findings';
import { PARTS, PROSE_PART_IDS, partById } from '../layout/parts';
import type { PartDef } from '../layout/parts';
import { getPath } from '../paths';

/** Runs of this many characters (white space not counted) found in last year's text count as copied. */
export const SHARED_RUN_CHARS = 8;

/** Assessors deduct points for a part that repeats more than half of last year's text. */
export const SAME_WORDS_SHARE = 0.5;

/** Parts shorter than this (characters, white space not counted) are not compared. */
const MIN_COMPARED_CHARS = 20;

const compact = (text: string): string[] => [...text.replace(/\s+/g, '')];

/**
 * The share (0–1) of `current`'s characters (white space not counted) that lie in a run of at
 * least `SHARED_RUN_CHARS` characters also found in `previous`. Linear in the two lengths: the
 * runs of last year's text go into a set once; each position of this year's text is looked up
 * once and marks as covered what has not been marked yet.
 */
export function sharedShare(current: string, previous: string): number {
  const cur = compact(current);
  const prev = compact(previous);
  const k = SHARED_RUN_CHARS;
  if (cur.length === 0) return 0;
  if (cur.length < k || prev.length < k) return 0;
  const runs = new Set<string>();
  for (let i = 0; i + k <= prev.length; i++) runs.add(prev.slice(i, i + k).join(''));
  let covered = 0;
  let coveredUntil = 0; // positions before this index are already counted
  for (let i = 0; i + k <= cur.length; i++) {
    if (!runs.has(cur.slice(i, i + k).join(''))) continue;
    const from = Math.max(i, coveredUntil);
    covered += i + k - from;
    coveredUntil = i + k;
  }
  return covered / cur.length;
}

/** The prose of one part, its fields joined. */
export function partText(draft: unknown, part: PartDef): string {
  return part.prose
    .map((f) => getPath(draft, f.path))
    .filter((v): v is string => typeof v === 'string')
    .join('\n');
}

type ProsePartId = (typeof PROSE_PART_IDS)[number];

/** Last year's prose per part, as kept in a draft's baseline or read from last year's report. */
export type PartTexts = Readonly<Partial<Record<string, string | undefined>>>;

/** Each prose part's text of a draft (kept in next year's baseline, or to compare with). */
export function partTexts(draft: unknown): Partial<Record<ProsePartId, string>> {
  const out: Partial<Record<ProsePartId, string>> = {};
  for (const id of PROSE_PART_IDS) {
    const text = partText(draft, partById(id));
    if (text.trim() !== '') out[id] = text;
  }
  return out;
}

/**
 * C5 (warning): a part whose text is mostly last year's, with the share. `previous` is last
 * year's prose per part (from last year's draft or report, or the draft's own baseline).
 */
export function sameAsLastYearFindings(draft: unknown, previous: PartTexts): Finding[] {
  const out: Finding[] = [];
  for (const part of PARTS as readonly PartDef[]) {
    const before = previous[part.id];
    if (!before) continue;
    const now = partText(draft, part);
    if (compact(now).length < MIN_COMPARED_CHARS) continue;
    const share = sharedShare(now, before);
    if (share <= SAME_WORDS_SHARE) continue;
    const first = part.prose.find((f) => {
      const v = getPath(draft, f.path);
      return typeof v === 'string' && v.trim() !== '';
    });
    out.push({
      rule: 'C5',
      severity: 'warning',
      path: first?.path ?? part.prose[0]?.path ?? '',
      message: `${part.heading} 有 ${Math.round(share * 100)}% 的文字与上年报告相同；重复超过一半会被扣分，请按本年度情况改写。`,
    });
  }
  return out;
}
