/**
 * What the polls of the open pages are answered (routes/live-routes.ts). Types only: the app
 * imports them too (nothing of the server's code).
 */
import type { ReviewStatus } from '../../report/schema';

/** `GET /api/changes?year=[&since=]`: declared in the API contract. */
import type { ChangesAnswer } from '../../api-contract/endpoints';
export type { ChangesAnswer };
export type ReportChange = ChangesAnswer['changes'][number];

/** `GET /api/reports/:unitId/:year/revision` (0 and null while the unit has no report). */
export interface RevisionAnswer {
  readonly revision: number;
  readonly status: ReviewStatus | null;
}
