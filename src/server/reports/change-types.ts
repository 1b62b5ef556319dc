/**
 * What the polls of the open pages are answered (routes/live-routes.ts). Types only: the app
 * imports them too (nothing of the server's code).
 */
import type { ReviewStatus } from '../../report/schema';

export interface ReportChange {
  readonly unitId: number;
  readonly revision: number;
  readonly status: ReviewStatus;
}

/** `GET /api/changes?year=[&since=]`. */
export interface ChangesAnswer {
  /** The server's time of this answer: the `since` of the next question. */
  readonly now: string;
  readonly changes: readonly ReportChange[];
  /** More changed than listed: read the whole list again. */
  readonly more: boolean;
}

/** `GET /api/reports/:unitId/:year/revision` (0 and null while the unit has no report). */
export interface RevisionAnswer {
  readonly revision: number;
  readonly status: ReviewStatus | null;
}
