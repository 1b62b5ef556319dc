import type { CurrentUser } from '../accounts/current-user';
import type { RateLimiter } from '../auth/rate-limit';
import type { Database } from '../db/database';

/** What every request handler may use. */
export interface ServerContext {
  readonly db: Database;
  /** The time (tests move it to expire sessions and lockouts). */
  readonly now: () => Date;
  readonly loginLimiter: RateLimiter;
  /** Cookies marked Secure (the server is behind HTTPS). */
  readonly secureCookies: boolean;
  /** The only origins allowed when set (PUBLIC_ORIGIN); empty: the request's own. */
  readonly allowedOrigins: readonly string[];
  /**
   * How many proxies in front append to X-Forwarded-For (TRUST_PROXY; 0: none, the socket's
   * address counts). The client's address is the entry the outermost of them added.
   */
  readonly trustProxy: number;
  /** Where the one-line-per-request log goes (main: stdout); undefined: no request log. */
  readonly requestLog?: ((line: string) => void) | undefined;
}

export interface AppEnv {
  Variables: {
    user: CurrentUser | undefined;
    sessionToken: string | undefined;
    clientAddress: string;
    requestId: string;
  };
}
