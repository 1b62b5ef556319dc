import { NUMERIC_FIELDS } from './numeric-fields';
import { setPath } from './paths';
import type { Draft } from './schema';
import { DRAFT_FORMAT, DRAFT_VERSION } from './schema';

/** A new, empty report: every number `null` (not yet entered), every text ''. */
export function emptyDraft(agencyName: string, year: number): Draft {
  let draft: Draft = {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    meta: { agencyName, year, contact: {} },
    overview: { proactive: '', onRequest: '', management: '', platform: '', oversight: '' },
    proactive: {} as Draft['proactive'],
    applications: {} as Draft['applications'],
    appeals: {} as Draft['appeals'],
    problems: { problems: '', improvements: '' },
    otherMatters: {
      text: '',
      processingFees: { noticesSent: null, noticesAmount: null, collectedAmount: null },
    },
  };
  for (const field of NUMERIC_FIELDS) draft = setPath(draft, field.path, null);
  return draft;
}
