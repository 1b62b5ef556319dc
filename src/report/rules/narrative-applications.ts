import type { Finding } from '../findings';
import { getPath } from '../paths';
import type { Draft } from '../schema';
import { PROSE_PATHS } from '../schema-layout';
import { proseStatements } from './prose-statements';
import type { ProseStatement } from './prose-statements';
import { CARRIED_OVER_FIGURE, HANDLED_FIGURE, RECEIVED_FIGURE } from './prose-subjects';
import type { TableFigure } from './prose-subjects';

/**
 * P1 for tables 三 and 四 (warnings): a figure the prose states — 收到申请, 上年结转, 予以公开,
 * 部分公开, 不予公开, 结转下年度, 行政复议 and 行政诉讼 with their 维持/纠正, a share of the
 * applications — that the table gives otherwise. Found at the prose field, naming the table's
 * figure. A figure with any cell still blank (not entered, or not read from a published report)
 * is not compared: the table, not the prose, would be the one lacking.
 */

/** The figure's value, or null while any of its cells is blank. */
function figureValue(draft: Draft, figure: TableFigure): number | null {
  let sum = 0;
  for (const path of figure.cells) {
    const v = getPath(draft, path);
    if (typeof v !== 'number') return null;
    sum += v;
  }
  return sum;
}

const stated = (s: ProseStatement) => `文字说明“${s.excerpt.replace(/\s+/g, ' ').trim()}”`;

/** A share written with `decimals` places matches value/base when it is that value rounded or cut. */
function shareMatches(stated: number, decimals: number, value: number, base: number): boolean {
  const exact = (value / base) * 100;
  return Math.abs(exact - stated) < 10 ** -decimals + 1e-9;
}

function countFinding(draft: Draft, s: ProseStatement): string | null {
  const value = figureValue(draft, s.figure);
  if (value === null) return null;
  if (s.subject.kind === 'received') {
    // 收到/受理 may count last year's carried-over applications too (`共受理 25 件（含上年结转 3 件）`).
    const carried = figureValue(draft, CARRIED_OVER_FIGURE);
    if (s.value === value || (carried !== null && s.value === value + carried)) return null;
    const both =
      carried !== null && carried > 0
        ? `（${CARRIED_OVER_FIGURE.name}为 ${carried} 件，两者合计 ${value + carried} 件）`
        : '';
    return `${stated(s)}，但${s.figure.table}中${s.figure.name}为 ${value} 件${both}，请核对。`;
  }
  if (s.value === value) return null;
  return `${stated(s)}，但${s.figure.table}中${s.figure.name}为 ${value} 件，请核对。`;
}

function shareFinding(draft: Draft, s: ProseStatement): string | null {
  const value = figureValue(draft, s.figure);
  const received = figureValue(draft, RECEIVED_FIGURE);
  const carried = figureValue(draft, CARRIED_OVER_FIGURE);
  const handled = figureValue(draft, HANDLED_FIGURE);
  if (value === null || received === null || carried === null || handled === null) return null;
  // The base a report divides by is not always said: this year's, with last year's carried over, or those handled.
  const bases = [received, received + carried, handled].filter((b) => b > 0);
  if (bases.length === 0 || bases.some((b) => shareMatches(s.value, s.decimals, value, b))) return null;
  const base = received > 0 ? received : (bases[0] ?? 1);
  const baseName = received > 0 ? RECEIVED_FIGURE.name : HANDLED_FIGURE.name;
  const share = ((value / base) * 100).toFixed(s.decimals);
  return `${stated(s)}，但按${s.figure.table}，${s.figure.name}为 ${value} 件，占${baseName} ${base} 件的 ${share}%，请核对。`;
}

/** P1 (warnings): the figures of tables 三 and 四 that the prose states otherwise. */
export function applicationNarrativeFindings(draft: Draft): Finding[] {
  const out: Finding[] = [];
  for (const path of PROSE_PATHS) {
    const text = getPath(draft, path);
    if (typeof text !== 'string' || text.length === 0) continue;
    const seen = new Set<string>();
    for (const s of proseStatements(text, draft.meta.year)) {
      const message = s.kind === 'count' ? countFinding(draft, s) : shareFinding(draft, s);
      if (message === null || seen.has(message)) continue;
      seen.add(message);
      out.push({ rule: 'P1', severity: 'warning', path, message });
    }
  }
  return out;
}
