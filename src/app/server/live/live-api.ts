import { changes, reportRevision } from '../../../api-contract/endpoints';
import { callEndpoint } from '../../../storage/server-sync/call-endpoint';

/**
 * A report's revision on the server now, asked with the one shown (`known`) as the ETag: an
 * unchanged report is answered 304 with no body. Undefined when it could not be asked.
 */
export async function latestRevision(
  unitId: number,
  year: number,
  known: number,
): Promise<number | undefined> {
  const res = await fetch(`api${reportRevision.path({ unitId, year })}`, {
    credentials: 'same-origin',
    cache: 'no-store',
    headers: { 'if-none-match': `"r${known}"` },
  });
  if (res.status === 304) return known;
  if (res.status !== 200) return undefined;
  const answer = reportRevision.response.safeParse(await res.json().catch(() => undefined));
  return answer.success ? answer.data.revision : undefined;
}

/** The reports of one year a list page shows: unit id → the revision shown (0: no report yet). */
export type ShownRevisions = ReadonlyMap<number, number>;

/**
 * Asks what changed in a year's reports since its last answer (`GET /api/changes`, scoped by
 * the server to the signed-in user); the first question covers the last half minute.
 */
export class ChangeFeed {
  private since: string | undefined;
  constructor(private readonly year: number) {}

  /** True when a report the page shows has another revision on the server now. */
  async changed(shown: ShownRevisions): Promise<boolean> {
    const answer = await callEndpoint(changes, { year: this.year, since: this.since });
    if (!answer.ok) return false;
    this.since = answer.body.now;
    return (
      answer.body.more ||
      answer.body.changes.some((c) => shown.has(c.unitId) && shown.get(c.unitId) !== c.revision)
    );
  }
}

/** The revisions a list shows, from its rows. */
export function shownRevisions(
  rows: readonly { readonly id: number; readonly revision: number | null }[],
): ShownRevisions {
  return new Map(rows.map((r) => [r.id, r.revision ?? 0]));
}
