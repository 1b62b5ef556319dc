import { NUMERIC_FIELDS } from './numeric-fields';
import { setPath } from './paths';
import type { Draft } from './schema';
import { DRAFT_FORMAT, DRAFT_VERSION } from './schema';
import { META_GROUPS, PROSE_SECTIONS, proseFieldsOf } from './schema-layout';

/** A new, empty report: every number `null` (not yet entered), every required text ''. */
export function emptyDraft(agencyName: string, year: number): Draft {
  let draft = {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    meta: { agencyName, year, ...Object.fromEntries(META_GROUPS.map((g) => [g, {}])) },
    overview: {},
    proactive: {},
    applications: {},
    appeals: {},
    problems: {},
    otherMatters: { processingFees: {} },
  } as unknown as Draft;
  for (const section of PROSE_SECTIONS) {
    for (const field of proseFieldsOf(section)) if (!field.optional) draft = setPath(draft, field.path, '');
  }
  for (const field of NUMERIC_FIELDS) draft = setPath(draft, field.path, null);
  return draft;
}
