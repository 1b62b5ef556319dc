import { metaLabel, REPORT_YEARS } from '../layout/meta-fields';

/** True for a whole year within the years a report may be for. */
export function isReportYear(year: number): boolean {
  return Number.isInteger(year) && year >= REPORT_YEARS.min && year <= REPORT_YEARS.max;
}

/** Why a year cannot be the report's year (null: fine), without a full stop. */
export function yearProblem(year: number | null): string | null {
  if (year === null) return `请填写${metaLabel('meta.year')}`;
  if (!isReportYear(year)) {
    return `${metaLabel('meta.year')}必须是 ${REPORT_YEARS.min} 至 ${REPORT_YEARS.max} 之间的年份`;
  }
  return null;
}
