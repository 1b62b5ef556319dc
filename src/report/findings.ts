/**
 * A finding is one problem in a report, the same object in the UI, the checker
 * and the command line (report-format.md §5).
 */
export type RuleId =
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R4'
  | 'R5'
  | 'X1'
  | 'X2'
  | 'P1'
  | 'S'
  // Completeness (rules/completeness.ts): C1 required field blank, C2 blank table cells,
  // C3 prose of only a few characters, C4 part 一 over the usual length, C5 same words as last year.
  | 'C1'
  | 'C2'
  | 'C3'
  | 'C4'
  | 'C5'
  // Old text and old rules (rules/old-text.ts): Y1 a sentence about an earlier year, Y2 the outdated
  // format basis cited, Y3 a key figure that moved by more than half of last year's.
  | 'Y1'
  | 'Y2'
  | 'Y3';
export type Severity = 'error' | 'warning';

/**
 * The three kinds of finding on a published report, never confused: the report's own (printed
 * totals that disagree, 勾稽关系, a part absent from the text), a reading gap (what the tool could
 * not read, named with the text there) and what the report need not state. A draft written in
 * the app has only the first kind.
 */
export type FindingKind = 'report' | 'gap' | 'not-needed';

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Dotted path of the cell or field concerned ('' for the file as a whole). */
  readonly path: string;
  /** One Chinese sentence a clerk understands. */
  readonly message: string;
  /** Absent: the report's own finding. */
  readonly kind?: Exclude<FindingKind, 'report'>;
  /** R3: (一 + 二) − (（七）总计 + 四) for the column. */
  readonly difference?: number;
  /** R1/R2/R4 from a published report: the printed and the recomputed total. */
  readonly printed?: number;
  readonly computed?: number;
}

/** How each severity reads in Chinese. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: '错误', warning: '提醒' };

export function isError(f: Finding): boolean {
  return f.severity === 'error';
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some(isError);
}

/** A finding of the completeness family (C1–C5): what is still missing or thin, not wrong. */
export function isCompleteness(f: Finding): boolean {
  return f.rule.startsWith('C');
}

/** The kind of a finding ('report' when it does not say). */
export function findingKind(f: Finding): FindingKind {
  return f.kind ?? 'report';
}

/** How each kind reads in Chinese. */
export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  report: '报告本身的问题',
  gap: '未能读取',
  'not-needed': '报告无需写明',
};

/** The verdict on one checked file: its own errors decide; reading gaps never fail it. */
export type Verdict =
  | { readonly outcome: 'pass'; readonly gaps: 0 }
  | { readonly outcome: 'pass-with-gaps'; readonly gaps: number }
  | { readonly outcome: 'errors'; readonly errors: number; readonly gaps: number };

export function verdictOf(findings: readonly Finding[]): Verdict {
  const gaps = findings.filter((f) => findingKind(f) === 'gap').length;
  const errors = findings.filter((f) => isError(f) && findingKind(f) === 'report').length;
  if (errors > 0) return { outcome: 'errors', errors, gaps };
  return gaps > 0 ? { outcome: 'pass-with-gaps', gaps } : { outcome: 'pass', gaps: 0 };
}

/** The verdict in Chinese: 通过, 通过（N 处未能读取）, or N 个错误. */
export function verdictText(v: Verdict): string {
  if (v.outcome === 'pass') return '通过';
  if (v.outcome === 'pass-with-gaps') return `通过（${v.gaps} 处未能读取）`;
  return `${v.errors} 个错误${v.gaps > 0 ? `（另有 ${v.gaps} 处未能读取）` : ''}`;
}
