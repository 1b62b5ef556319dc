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
