import type { StepId } from '../../report/part-of-path';
import { WIZARD_STEPS } from '../../report/layout/steps';

export type Route =
  | { readonly page: 'start' }
  | { readonly page: 'report'; readonly draftId: string; readonly step: StepId }
  | { readonly page: 'review'; readonly draftId?: string }
  | { readonly page: 'compare'; readonly draftId: string }
  | { readonly page: 'batch' }
  | { readonly page: 'import'; readonly nextYear?: true }
  | { readonly page: 'not-found' };

const STEP_IDS: readonly string[] = WIZARD_STEPS.map((s) => s.id);

function isStepId(s: string): s is StepId {
  return STEP_IDS.includes(s);
}

/**
 * `#/` → start page; `#/report/<draftId>/<step>` → a step of the wizard; `#/review[/<draftId>]`
 * → review mode; `#/compare/<draftId>` → comparison with last year; `#/batch`; `#/import`
 * (`#/import/next-year`: the same page, at 从上年报告开始).
 */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { page: 'start' };
  if (path === '/batch') return { page: 'batch' };
  if (path === '/import') return { page: 'import' };
  if (path === '/import/next-year') return { page: 'import', nextYear: true };
  if (path === '/review') return { page: 'review' };
  const other = /^\/(review|compare)\/([^/]+)$/.exec(path);
  if (other) {
    const draftId = decodeURIComponent(other[2] ?? '');
    return other[1] === 'review' ? { page: 'review', draftId } : { page: 'compare', draftId };
  }
  const m = /^\/report\/([^/]+)(?:\/([^/]*))?$/.exec(path);
  if (!m) return { page: 'not-found' };
  const step = m[2] ?? '';
  const draftId = decodeURIComponent(m[1] ?? '');
  if (step === '') return { page: 'report', draftId, step: 'basics' };
  return isStepId(step) ? { page: 'report', draftId, step } : { page: 'not-found' };
}

export function reportHash(draftId: string, step: StepId): string {
  return `#/report/${encodeURIComponent(draftId)}/${step}`;
}

export const START_HASH = '#/';

export const BATCH_HASH = '#/batch';
export const IMPORT_HASH = '#/import';
export const NEXT_YEAR_HASH = '#/import/next-year';
export const REVIEW_FILE_HASH = '#/review';

export function reviewHash(draftId: string): string {
  return `#/review/${encodeURIComponent(draftId)}`;
}

export function compareHash(draftId: string): string {
  return `#/compare/${encodeURIComponent(draftId)}`;
}
