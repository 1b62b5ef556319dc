/** The server's answer to one call: its status and JSON body (an `{ error }` when it refused). */
export interface ApiAnswer<T = unknown> {
  readonly status: number;
  readonly body: T & { readonly error?: string };
}

/**
 * The server could not be reached (down, offline), or answered that it cannot save just now
 * (503: its database is away, `serverAway`): the call may be retried later.
 */
export class Unreachable extends Error {
  constructor(
    message: string,
    readonly serverAway = false,
  ) {
    super(message);
  }
}

export type ApiCall = <T = unknown>(method: string, path: string, body?: unknown) => Promise<ApiAnswer<T>>;

/** Calls `/api…` on this site with the session cookie; never throws for an HTTP status. */
export const callApi: ApiCall = async <T>(method: string, path: string, body?: unknown) => {
  let res: Response;
  try {
    res = await fetch(`api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch (e) {
    throw new Unreachable(e instanceof Error ? e.message : String(e));
  }
  // A proxy in front may answer a dead server with 502–504 and an HTML page.
  if (res.status === 502 || res.status === 503 || res.status === 504)
    throw new Unreachable(`HTTP ${res.status}`, res.status === 503);
  let parsed: unknown;
  try {
    parsed = await res.json();
  } catch {
    parsed = { error: `服务器的回答无法读取（HTTP ${res.status}）` };
  }
  return { status: res.status, body: parsed as T & { error?: string } };
};

/** The wizard's id of a report kept on the server. */
export function serverDraftId(unitId: number, year: number): string {
  return `srv-${unitId}-${year}`;
}

export function parseServerDraftId(id: string): { unitId: number; year: number } | undefined {
  const m = /^srv-(\d+)-(\d{4})$/.exec(id);
  return m ? { unitId: Number(m[1]), year: Number(m[2]) } : undefined;
}
