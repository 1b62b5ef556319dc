import type { StepId } from '../../report/part-of-path';
import { WIZARD_STEPS } from '../../report/layout/steps';

export type Route =
  | { readonly page: 'start' }
  | { readonly page: 'report'; readonly draftId: string; readonly step: StepId }
  | { readonly page: 'not-found' };

const STEP_IDS: readonly string[] = WIZARD_STEPS.map((s) => s.id);

function isStepId(s: string): s is StepId {
  return STEP_IDS.includes(s);
}

/** `#/` → start page; `#/report/<draftId>/<step>` → a step of the wizard. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { page: 'start' };
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
