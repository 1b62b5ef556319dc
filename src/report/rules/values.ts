import type { Finding } from '../findings';
import { BASELINE_FIELDS, MAX_DECIMALS, NUMERIC_FIELDS } from '../numeric-fields';
import type { NumericField } from '../numeric-fields';
import { getPath } from '../paths';
import { hasAtMostDecimals } from '../schema';

/** Why a value is not allowed in a field of that kind, or null when it is fine (blank is fine). */
export function valueProblem(field: Pick<NumericField, 'kind'>, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return '必须是数字';
  if (value < 0) return '不能是负数';
  if (field.kind === 'count' && !Number.isInteger(value)) return '必须是整数';
  if (!hasAtMostDecimals(value, MAX_DECIMALS[field.kind])) {
    return `最多保留 ${MAX_DECIMALS[field.kind]} 位小数`;
  }
  return null;
}

/** R5: every number present is of its kind (integer ≥ 0, or amount ≥ 0 with limited decimals). */
export function valueFindings(draft: unknown): Finding[] {
  const out: Finding[] = [];
  for (const field of [...NUMERIC_FIELDS, ...BASELINE_FIELDS]) {
    const value = getPath(draft, field.path);
    const problem = valueProblem(field, value);
    if (problem) {
      out.push({
        rule: 'R5',
        severity: 'error',
        path: field.path,
        message: `“${field.label}”${problem}，现为 ${String(value)}。`,
      });
    }
  }
  return out;
}
