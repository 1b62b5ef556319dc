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

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Dotted path of the cell or field concerned ('' for the file as a whole). */
  readonly path: string;
  /** One Chinese sentence a clerk understands. */
  readonly message: string;
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
