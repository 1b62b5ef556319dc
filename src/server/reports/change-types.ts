/** What the polls of the open pages are answered (routes/live-routes.ts), as the API contract declares it. */
/** `GET /api/changes?year=[&since=]`: declared in the API contract. */
import type { ChangesAnswer } from '../../api-contract/endpoints';
export type { ChangesAnswer };
export type ReportChange = ChangesAnswer['changes'][number];

/** `GET /api/reports/:unitId/:year/revision`: declared in the API contract. */
export type { RevisionAnswer } from '../../api-contract/endpoints';
