import type { Finding } from '../../report/findings';
import { META_FIELDS } from '../../report/layout/meta-fields';
import { checkDraft } from '../../report/rules/check-draft';
import type { Draft } from '../../report/schema';

const label = (path: string) => META_FIELDS.find((f) => f.path === path)?.label ?? path;

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/** Why a year cannot be the report's year (null: fine). */
export function yearProblem(year: number | null): string | null {
  if (year === null) return `请填写${label('meta.year')}`;
  if (year < YEAR_MIN || year > YEAR_MAX)
    return `${label('meta.year')}必须在 ${YEAR_MIN} 至 ${YEAR_MAX} 之间`;
  return null;
}

/** 基本信息 the report cannot do without, and contact details that look mistyped. */
export function metaFindings(draft: Draft): Finding[] {
  const out: Finding[] = [];
  const { meta } = draft;
  if (meta.agencyName.trim() === '') {
    out.push({
      rule: 'R5',
      severity: 'error',
      path: 'meta.agencyName',
      message: `请填写${label('meta.agencyName')}。`,
    });
  }
  const postcode = meta.contact.postcode?.trim() ?? '';
  if (postcode !== '' && !/^\d{6}$/.test(postcode)) {
    out.push({
      rule: 'R5',
      severity: 'warning',
      path: 'meta.contact.postcode',
      message: `${label('meta.contact.postcode')}应为 6 位数字，现为“${postcode}”。`,
    });
  }
  const email = meta.contact.email?.trim() ?? '';
  if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    out.push({
      rule: 'R5',
      severity: 'warning',
      path: 'meta.contact.email',
      message: `${label('meta.contact.email')}的格式不正确，现为“${email}”。`,
    });
  }
  return out;
}

/**
 * Every finding of the form as it is now: numbers refused at their field, 基本信息, and the
 * core's rules (checkDraft). The values may still hold text typed into a cell (R5 reports it).
 */
export function checkForm(values: Draft, inputProblems: ReadonlyMap<string, string>): Finding[] {
  const refused: Finding[] = [...inputProblems].map(([path, message]) => ({
    rule: 'R5',
    severity: 'error',
    path,
    message: `${message}。`,
  }));
  return [...refused, ...metaFindings(values), ...checkDraft(values)];
}
