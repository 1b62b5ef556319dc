import type { Finding } from './findings';
import { describePath } from './describe-path';

/**
 * Where the values of a draft read from a published report came from, made by the importer.
 * A value not named here was read from the text (or, when blank, the report itself left it out).
 */
export interface ReadingGap {
  /** A field, a cell, a row or a whole table (`applications`): everything under it is covered. */
  readonly path: string;
  /** What could not be read, in Chinese (no full stop). */
  readonly what: string;
  /** The text as printed there ('' when there was none to show). */
  readonly excerpt: string;
}

/** A value a published report need not state (the fee counts when it says no fee was charged). */
export interface NotStated {
  readonly path: string;
  /** Why it need not be stated, in Chinese (no full stop). */
  readonly why: string;
}

export interface Provenance {
  /** What the tool could not read: never an error of the report. */
  readonly gaps: readonly ReadingGap[];
  /** What the report did not need to state. */
  readonly notStated: readonly NotStated[];
}

/** True when `prefix` is `path` or one of its ancestors (`applications` covers every cell of 三). */
export function covers(prefix: string, path: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(`${prefix}.`);
}

/** The reading gap that covers `path`, if any. */
export function gapAt(provenance: Provenance, path: string): ReadingGap | undefined {
  return provenance.gaps.find((g) => covers(g.path, path));
}

/** True when the value at `path` is accounted for: unread (a gap) or not needed. */
export function accountedFor(provenance: Provenance | undefined, path: string): boolean {
  if (!provenance) return false;
  return gapAt(provenance, path) !== undefined || provenance.notStated.some((n) => covers(n.path, path));
}

/** The longest excerpt a finding quotes. */
const MAX_EXCERPT = 60;

function quoted(excerpt: string): string {
  const flat = excerpt.replace(/\s+/g, ' ').trim();
  if (flat === '') return '';
  const cut = flat.length > MAX_EXCERPT ? `${flat.slice(0, MAX_EXCERPT)}…` : flat;
  return `（原文“${cut}”）`;
}

/** One reading gap as a finding: what was not read and the text there; never “还没有填写”. */
export function gapFinding(gap: ReadingGap): Finding {
  return {
    rule: 'S',
    severity: 'warning',
    kind: 'gap',
    path: gap.path,
    message: `未能读取：${gap.what}${quoted(gap.excerpt)}，请对照原文核对，这不是报告的错误。`,
  };
}

/** One value the report need not state, as a finding of its own kind. */
export function notNeededFinding(n: NotStated): Finding {
  return {
    rule: 'C1',
    severity: 'warning',
    kind: 'not-needed',
    path: n.path,
    message: `${describePath(n.path)} 无需写明：${n.why}。`,
  };
}
