import type { Finding } from '../findings';
import { APPEAL_GROUPS, APPEAL_OUTCOMES, LITIGATION_LABEL } from '../layout/appeals-columns';
import { matrixRowLabel } from '../matrix-shape';
import { getPath } from '../paths';
import type { Baseline, Draft } from '../schema';
import { PROSE_PATHS } from '../schema-layout';
import { cellNumber, computeDerived } from '../totals';
import type { DerivedValues } from '../totals';

// Old text and old rules in this year's report (issue 26 item 5), all warnings (提醒), never errors:
// Y1 a sentence that opens with another year (“2024年，我局…” in a 2025 report);
// Y2 the outdated basis cited (国办公开办函〔2019〕60号, the 格式（试行）);
// Y3 a key figure that moved by more than half of last year's, naming both years' numbers.

/**
 * A sentence that opens with a year and a comma: “2024年，我局…”, “2024年度，本机关…”. Dates
 * (“2024年1月1日”), spans (“2019年以来，”) and plans for a later year are not this form or are
 * left alone. One pass over the text: no backtracking.
 */
const SENTENCE_YEAR = /(^|[。；！？\n])[ \t\u3000]*(\d{4})[ \t]*年度?[ \t]*[，,]/g;

/** Y1: a sentence about an earlier year than the report's, as a year's opening words usually are copied. */
function staleYearFindings(draft: Draft): Finding[] {
  const year = draft.meta.year;
  const out: Finding[] = [];
  for (const path of PROSE_PATHS) {
    const text = getPath(draft, path);
    if (typeof text !== 'string') continue;
    for (const m of text.matchAll(SENTENCE_YEAR)) {
      const named = Number(m[2]);
      if (named >= year || named < 2000) continue; // the report year, a plan for a later year, or no year
      const start = (m.index ?? 0) + (m[1]?.length ?? 0);
      const excerpt = text.slice(start, start + 16).trim();
      out.push({
        rule: 'Y1',
        severity: 'warning',
        path,
        message: `“${excerpt}…”写的是 ${named} 年，本报告是 ${year} 年度：是否沿用了往年的文字？`,
      });
      break; // one per field is enough to send the clerk there
    }
  }
  return out;
}

/** The outdated basis: the 2019 format (试行) and its notice, replaced by 国办公开办函〔2021〕30号. */
const OLD_BASIS = [
  /国办公开办函\s*[〔[［【(（]\s*2019\s*[〕\]］】)）]\s*60\s*号/,
  /年度报告格式\s*[(（]\s*试行\s*[)）]/,
] as const;

/** The first report year the 2021 format (国办公开办函〔2021〕30号) governs; earlier reports rightly cite 2019's. */
const CURRENT_BASIS_FROM_YEAR = 2021;

function oldBasisFindings(draft: Draft): Finding[] {
  if (draft.meta.year < CURRENT_BASIS_FROM_YEAR) return [];
  const out: Finding[] = [];
  for (const path of PROSE_PATHS) {
    const text = getPath(draft, path);
    if (typeof text !== 'string') continue;
    const m = OLD_BASIS.map((re) => re.exec(text)).find((r) => r !== null);
    if (!m) continue;
    out.push({
      rule: 'Y2',
      severity: 'warning',
      path,
      message: `“${m[0]}”已停止使用，现行格式依据是国办公开办函〔2021〕30号。`,
    });
  }
  return out;
}

/** The key figures compared with last year's, as numbers a report prints. */
export interface KeyFigures {
  readonly newReceived: number;
  readonly withheld: number;
  readonly reconsideration: number;
  readonly litigation: number;
}

const appealTotal = (draft: unknown, groups: readonly string[]) =>
  groups.reduce(
    (sum, g) =>
      sum + APPEAL_OUTCOMES.reduce((s, o) => s + cellNumber(getPath(draft, `appeals.${g}.${o.key}`)), 0),
    0,
  );

/** A report's 新收申请, 不予公开, 行政复议 and 行政诉讼 (both kinds), from its cells. */
export function keyFigures(draft: unknown, derived: DerivedValues = computeDerived(draft)): KeyFigures {
  let withheld = 0;
  for (const [path, value] of derived)
    if (path.startsWith('applications.results.withheld.') && path.endsWith('.total')) withheld += value;
  const litigationGroups = APPEAL_GROUPS.filter((g) => g.parent !== null).map((g) => g.key);
  return {
    newReceived: derived.get('applications.newReceived.total') ?? 0,
    withheld,
    reconsideration: appealTotal(draft, ['reconsideration']),
    litigation: appealTotal(draft, litigationGroups),
  };
}

/** Each key figure: its words (from the layout) and the cell a finding points at. */
function figureFacts(): readonly { key: keyof KeyFigures; label: string; path: string }[] {
  const reconsideration = APPEAL_GROUPS.find((g) => g.parent === null);
  const litigation = APPEAL_GROUPS.find((g) => g.parent !== null);
  return [
    { key: 'newReceived', label: matrixRowLabel('newReceived'), path: 'applications.newReceived.natural' },
    {
      key: 'withheld',
      label: matrixRowLabel('results.withheld'),
      path: 'applications.results.withheld.stateSecret.natural',
    },
    {
      key: 'reconsideration',
      label: reconsideration?.label ?? '',
      path: `appeals.${reconsideration?.key ?? ''}.upheld`,
    },
    { key: 'litigation', label: LITIGATION_LABEL, path: `appeals.${litigation?.key ?? ''}.upheld` },
  ];
}

/** Y3: a key figure that moved by more than half of last year's (last year known and above 0). */
function jumpFindings(draft: Draft, baseline: Baseline, derived: DerivedValues): Finding[] {
  const before = baseline.figures;
  if (!before) return [];
  const now = keyFigures(draft, derived);
  const out: Finding[] = [];
  for (const { key, label, path } of figureFacts()) {
    const last = before[key];
    const current = now[key];
    if (last <= 0 || Math.abs(current - last) * 2 <= last) continue;
    const change = Math.round(((current - last) / last) * 100);
    out.push({
      rule: 'Y3',
      severity: 'warning',
      path,
      message: `${label}：本年 ${current} 件，上年 ${last} 件（${change > 0 ? '+' : ''}${change}%），变化超过一半，请核实。`,
    });
  }
  return out;
}

/** Y1, Y2 and (with last year's figures) Y3. */
export function oldTextFindings(
  draft: Draft,
  baseline: Baseline | undefined,
  derived: DerivedValues,
): Finding[] {
  return [
    ...staleYearFindings(draft),
    ...oldBasisFindings(draft),
    ...(baseline ? jumpFindings(draft, baseline, derived) : []),
  ];
}
