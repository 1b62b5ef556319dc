import { APPLICANT_KEYS, matrixColumnLabel } from '../layout/applicant-columns';
import type { ApplicantKey } from '../layout/applicant-columns';
import { BASELINE_LABELS } from '../layout/meta-fields';
import type { Finding } from '../findings';
import { matrixRowLabel } from '../matrix-shape';
import { numericField } from '../numeric-fields';
import type { Baseline, Draft } from '../schema';
import { cellNumber } from '../totals';
import { proseFieldTexts } from '../last-year-prose';
import { keyFigures } from './old-text';
import { partTexts } from './same-as-last-year';

/** Last year's figures that this year's report must continue from. */
export function baselineFromDraft(previous: Draft): Baseline {
  return {
    year: previous.meta.year,
    carriedForward: { ...previous.applications.carriedForward },
    regulationsInForce: previous.proactive.regulations.inForce,
    normativeDocumentsInForce: previous.proactive.normativeDocuments.inForce,
    prose: partTexts(previous),
    proseFields: proseFieldTexts(previous),
    figures: keyFigures(previous),
  };
}

const rowLabel = matrixRowLabel;

/** How a carried-over cell says where its number came from (the tables mark the row with it). */
export function carriedOverSource(baseline: Baseline, col: ApplicantKey): string {
  return `由 ${baseline.year} 年报告结转：上年“${rowLabel('carriedForward')}”为 ${baseline.carriedForward[col] ?? 0}`;
}

/** X1: this year's carried-over row (二) = last year's carried-forward row (四), per applicant column. */
export function carriedOverFindings(draft: Draft, baseline: Baseline): Finding[] {
  const out: Finding[] = [];
  for (const col of APPLICANT_KEYS) {
    const now = cellNumber(draft.applications.carriedOver[col]);
    const before = cellNumber(baseline.carriedForward[col]);
    if (now === before) continue;
    out.push({
      rule: 'X1',
      severity: 'warning',
      path: `applications.carriedOver.${col}`,
      message: `“${rowLabel('carriedOver')}”的“${matrixColumnLabel(col)}”为 ${now}，而 ${baseline.year} 年报告的“${rowLabel('carriedForward')}”为 ${before}，两者通常应当相等，请核对。`,
    });
  }
  return out;
}

/**
 * X2: this year's 现行有效件数 = last year's + 本年制发 − 本年废止 (规章 and 行政规范性文件),
 * once this year's figure is entered.
 */
export function inForceFindings(draft: Draft, baseline: Baseline): Finding[] {
  const rows = [
    { key: 'regulations', before: baseline.regulationsInForce, label: BASELINE_LABELS.regulationsInForce },
    {
      key: 'normativeDocuments',
      before: baseline.normativeDocumentsInForce,
      label: BASELINE_LABELS.normativeDocumentsInForce,
    },
  ] as const;
  const out: Finding[] = [];
  for (const row of rows) {
    const r = draft.proactive[row.key];
    // Nothing to compare until both years' figures are there (a new report starts blank).
    if (row.before === null || r.inForce === null) continue;
    const expected = cellNumber(row.before) + cellNumber(r.issued) - cellNumber(r.repealed);
    const actual = cellNumber(r.inForce);
    if (actual === expected) continue;
    const path = `proactive.${row.key}.inForce`;
    out.push({
      rule: 'X2',
      severity: 'warning',
      path,
      message: `“${numericField(path)?.label ?? path}”为 ${actual}，但${row.label} ${cellNumber(row.before)} 加本年制发 ${cellNumber(r.issued)} 减本年废止 ${cellNumber(r.repealed)} 应为 ${expected}，请核对。`,
    });
  }
  return out;
}
