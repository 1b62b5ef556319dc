import { csvText } from '../../../batch/csv';
import { describePath } from '../../../report/describe-path';
import { FINDING_KIND_LABELS, SEVERITY_LABELS, findingKind } from '../../../report/findings';
import type { FindingKind, Severity } from '../../../report/findings';
import { ruleName } from '../../../report/rules/rule-names';
import { settledFindingLabel } from '../../../report/settlements';
import type { SettledFinding } from '../../../report/settlements';
import type { FindingsAnswer } from '../../../api-contract/desk-endpoints';
import { statusLabel } from './roster-model';

/** One line of the 问题清单: a unit's finding, or the unit alone when it has none or no report. */
export interface FindingRow {
  readonly unitId: number;
  readonly unit: string;
  readonly region: string;
  readonly status: string;
  readonly severity: Severity | null;
  /** The report's own finding, a reading gap or what need not be stated (issue 22). */
  readonly kind: FindingKind;
  /** The finding's rule id and place (what a settle call names); '' for a unit's own line. */
  readonly ruleId: string;
  readonly path: string;
  readonly rule: string;
  readonly where: string;
  readonly message: string;
  /** A warning's state: open (never settled, or reopened) or settled; null for others. */
  readonly settle: 'open' | 'settled' | null;
  /** 未处理 / 已核实 / 需修改 / reopened, with the explanation, who and when. */
  readonly settleText: string;
}

export const FINDING_COLUMNS = [
  '地区',
  '单位',
  '报告状态',
  '严重程度',
  '问题类型',
  '位置',
  '说明',
  '处理情况',
] as const;

const NONE = { ruleId: '', path: '', rule: '', where: '', settle: null, settleText: '' } as const;

function settleText(f: SettledFinding): string {
  const label = settledFindingLabel(f);
  if (!f.settled) return label;
  const note = f.settled.note ? `：${f.settled.note}` : '';
  return `${label}${note}（${f.settled.by}，${f.settled.at.slice(0, 10)}）`;
}

/** Every unit's findings as rows, errors before warnings within a unit. */
export function findingRows(answer: FindingsAnswer): FindingRow[] {
  return answer.units.flatMap((u): FindingRow[] => {
    const base = {
      unitId: u.id,
      unit: u.name,
      region: u.regionName,
      status: statusLabel(u.status ?? 'none'),
    };
    const none = { ...base, ...NONE, severity: null, kind: 'report' } as const;
    if (u.status === null) return [{ ...none, message: '尚未开始填报' }];
    if (u.findings.length === 0) return [{ ...none, message: '没有发现问题' }];
    return [...u.findings]
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
      .map((f) => ({
        ...base,
        severity: f.severity,
        kind: findingKind(f),
        ruleId: f.rule,
        path: f.path,
        rule: ruleName(f.rule),
        where: f.path ? describePath(f.path) : '',
        message: f.message,
        // A reading gap or what need not be stated is no warning to settle.
        settle:
          f.severity !== 'warning' || findingKind(f) !== 'report'
            ? null
            : f.settled?.kind === 'settled'
              ? 'settled'
              : 'open',
        settleText: settleText(f),
      }));
  });
}

export function findingCells(r: FindingRow): string[] {
  return [
    r.region,
    r.unit,
    r.status,
    r.kind !== 'report' ? FINDING_KIND_LABELS[r.kind] : r.severity ? SEVERITY_LABELS[r.severity] : '',
    r.rule,
    r.where,
    r.message,
    r.settleText,
  ];
}

/** The 问题清单 as CSV, for a 通报. */
export function findingsCsv(rows: readonly FindingRow[]): string {
  return csvText([[...FINDING_COLUMNS], ...rows.map(findingCells)]);
}
