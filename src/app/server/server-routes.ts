/** Pages only the server has. */
export const ADMIN_HASH = '#/admin';

/** The one-time setup link's token, from `#/setup/<token>`. */
export function setupToken(hash: string): string | undefined {
  return /^#\/setup\/([A-Za-z0-9_-]{20,})$/.exec(hash)?.[1];
}
