/** Pages only the server has. */
export const ADMIN_HASH = '#/admin';

/** The one-time setup link's token, from `#/setup/<token>`. */
export function setupToken(hash: string): string | undefined {
  return /^#\/setup\/([A-Za-z0-9_-]{20,})$/.exec(hash)?.[1];
}

/** A unit's report in review mode, through the server: `#/server-review/<unitId>/<year>`. */
export function serverReviewHash(unitId: number, year: number): string {
  return `#/server-review/${unitId}/${year}`;
}

export function parseServerReviewHash(hash: string): { unitId: number; year: number } | undefined {
  const m = /^#\/server-review\/(\d{1,9})\/(\d{4})$/.exec(hash);
  return m ? { unitId: Number(m[1]), year: Number(m[2]) } : undefined;
}

/** The supervisor's desk: `#/desk/<tab>[/<year>[/<regionId>]]`. */
export type DeskTab = 'roster' | 'sum' | 'reconcile' | 'findings' | 'figures';
export interface DeskRoute {
  readonly tab: DeskTab;
  readonly year: number | undefined;
  readonly regionId: number | undefined;
}

export const DESK_HASH = '#/desk/roster';

export function deskRoute(hash: string): DeskRoute | undefined {
  const m = /^#\/desk\/(roster|sum|reconcile|findings|figures)(?:\/(\d{4})(?:\/(\d{1,9}))?)?$/.exec(hash);
  if (!m) return undefined;
  return {
    tab: m[1] as DeskTab,
    year: m[2] ? Number(m[2]) : undefined,
    regionId: m[3] ? Number(m[3]) : undefined,
  };
}

export function deskHash(tab: DeskTab, year: number, regionId?: number): string {
  return `#/desk/${tab}/${year}${regionId === undefined ? '' : `/${regionId}`}`;
}
