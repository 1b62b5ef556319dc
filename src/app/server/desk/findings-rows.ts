import { csvText } from '../../../batch/csv';
import { describePath } from '../../../report/describe-path';
import { SEVERITY_LABELS } from '../../../report/findings';
import type { Severity } from '../../../report/findings';
import { ruleName } from '../../../report/rules/rule-names';
import type { FindingsAnswer } from '../../../server/desk/desk-types';
import { statusLabel } from './roster-model';

/** One line of the 问题清单: a unit's finding, or the unit alone when it has none or no report. */
export interface FindingRow {
  readonly unitId: number;
  readonly unit: string;
  readonly region: string;
  readonly status: string;
  readonly severity: Severity | null;
  readonly rule: string;
  readonly where: string;
  readonly message: string;
}

export const FINDING_COLUMNS = ['地区', '单位', '报告状态', '严重程度', '问题类型', '位置', '说明'] as const;

/** Every unit's findings as rows, errors before warnings within a unit. */
export function findingRows(answer: FindingsAnswer): FindingRow[] {
  return answer.units.flatMap((u): FindingRow[] => {
    const base = {
      unitId: u.id,
      unit: u.name,
      region: u.regionName,
      status: statusLabel(u.status ?? 'none'),
    };
    if (u.status === null) return [{ ...base, severity: null, rule: '', where: '', message: '尚未开始填报' }];
    if (u.findings.length === 0)
      return [{ ...base, severity: null, rule: '', where: '', message: '没有发现问题' }];
    return [...u.findings]
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
      .map((f) => ({
        ...base,
        severity: f.severity,
        rule: ruleName(f.rule),
        where: f.path ? describePath(f.path) : '',
        message: f.message,
      }));
  });
}

export function findingCells(r: FindingRow): string[] {
  return [
    r.region,
    r.unit,
    r.status,
    r.severity ? SEVERITY_LABELS[r.severity] : '',
    r.rule,
    r.where,
    r.message,
  ];
}

/** The 问题清单 as CSV, for a 通报. */
export function findingsCsv(rows: readonly FindingRow[]): string {
  return csvText([[...FINDING_COLUMNS], ...rows.map(findingCells)]);
}
