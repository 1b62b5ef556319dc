import { emptyDraft } from '../../report/empty-draft';
import { restoreDraft } from '../../report/restore';
import type { Draft, Review, SettleState } from '../../report/schema';
import { withServerReview } from '../../report/review';
import { canonicalJson } from '../../report/canonical-json';
import { announceDraftSaved } from '../draft-changes';
import { draftOfRecord, makeRecord, revOf } from '../draft-record';
import type { DraftRecord } from '../draft-record';
import type { DraftRepository } from '../draft-repository';
import { report as reportEndpoint } from '../../api-contract/endpoints';
import type { StoredReport } from '../../api-contract/endpoints';
import { callEndpointWith } from './call-endpoint';
import type { CheckedAnswer } from './call-endpoint';
import type { ApiAnswer, ApiCall } from './server-api';
import { serverDraftId, Unreachable } from './server-api';
import type { StatusCall, SyncMeta, SyncMetaStore } from './sync-meta';
import { SnapshotStore } from '../snapshot-store';
import type { SyncState } from './sync-state';

/** A report as the server answers it, checked against the contract (`report` in endpoints.ts). */
type ReportBody = StoredReport;

/** Replies written in this browser that the server's review block does not hold yet, oldest first. */
export function unsentReplies(
  local: Review | undefined,
  server: Review | undefined,
): { commentId: string; id: string; text: string }[] {
  const known = new Map(
    (server?.comments ?? []).map((c) => [c.id, new Set((c.replies ?? []).map((r) => r.id))]),
  );
  return (local?.comments ?? []).flatMap((c) => {
    const onServer = known.get(c.id);
    if (!onServer) return [];
    return (c.replies ?? [])
      .filter((r) => !onServer.has(r.id))
      .map((r) => ({ commentId: c.id, id: r.id, text: r.text }));
  });
}

/** Warnings the clerk settled in this browser that the server's review block does not hold so. */
export function unsentSettlements(
  local: Review | undefined,
  server: Review | undefined,
): { rule: string; path: string; state: SettleState; note: string }[] {
  const held = (server?.settlements ?? []).map((s) => `${s.rule}|${s.path}|${s.state}|${s.note}`);
  return (local?.settlements ?? [])
    .filter((s) => s.role === 'clerk' && !held.includes(`${s.rule}|${s.path}|${s.state}|${s.note}`))
    .map(({ rule, path, state, note }) => ({ rule, path, state, note }));
}

/** Everything the clerk writes: a draft without its review block. */
function contentOf(draft: Draft): string {
  const { review: _review, ...rest } = draft;
  return canonicalJson(rest);
}

/** The status and its history: a change of it is merged only into a form nobody types in. */
function decisionOf(draft: Draft): string {
  return canonicalJson([draft.review?.status ?? 'draft', draft.review?.history ?? []]);
}

/** The writer of a stored draft taken in from the server (the open wizard merges it as another tab's). */
export const SERVER_WRITER = 'server';

/** Retry delays while the server cannot be reached; the last one repeats. */
const RETRY_MS = [500, 1000, 2000, 3000];

/**
 * Keeps reports on the server in step with this browser. The wizard saves to IndexedDB as
 * always; every saved draft is then handed here (`changed`), marks the report dirty (kept in
 * IndexedDB too, so a reload or an offline spell loses nothing) and is sent with the revision
 * it was based on. 提交审核 and 撤回 are commands of their own (`submit`, `withdraw`), queued
 * the same way and made by the server's own calls; the status in the document is only what the
 * wizard shows meanwhile. The review block the server keeps is never overwritten. Unreachable:
 * retried until it works. Stale: both versions are kept and shown until the clerk chooses.
 */
export class SyncEngine {
  readonly state = new SnapshotStore<SyncState>({ kind: 'idle' });
  private current: string | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  /** Changes noticed per report, so a change during a send keeps the report dirty. */
  private readonly changes = new Map<string, number>();
  /** The last draft saved in this browser per report, as handed over (read from IndexedDB only after a reload). */
  private readonly latest = new Map<string, Draft>();
  /** The count of changes (above) whose draft the server last took, per report. */
  private readonly sent = new Map<string, number>();

  constructor(
    private readonly drafts: DraftRepository,
    private readonly meta: SyncMetaStore,
    private readonly api: ApiCall,
  ) {}

  /**
   * Opens a unit's report for editing: the server's copy, unless this browser holds changes the
   * server has not got (then those, and they are sent). Creates the report when there is none.
   * Returns the wizard's draft id.
   */
  async open(unitId: number, year: number, unitName: string): Promise<string> {
    const id = serverDraftId(unitId, year);
    this.current = id;
    const known = await this.meta.get(id);
    const local = await this.drafts.get(id);
    if (known?.dirty && local) {
      this.kick();
      return id;
    }
    let answer: CheckedAnswer<ReportBody>;
    try {
      answer = await this.fetchReport(unitId, year);
    } catch (e) {
      if (e instanceof Unreachable && local) {
        this.state.set({ kind: 'pending', offline: true, serverAway: e.serverAway });
        return id;
      }
      throw new Error('无法连接服务器，请检查网络后重试。', { cause: e });
    }
    if (answer.ok) {
      await this.adopt(id, unitId, year, answer.body);
      this.state.set({ kind: 'synced', at: new Date(), revision: answer.body.revision });
      return id;
    }
    if (answer.status === 404) {
      await this.store(id, () => ({ draft: emptyDraft(unitName, year), savedAt: new Date() }));
      await this.writeMeta(
        { id, unitId, year, baseRevision: 0, serverStatus: 'draft', serverReview: undefined, dirty: true },
        () => [],
      );
      this.kick();
      return id;
    }
    if (answer.status === 401) this.state.set({ kind: 'signed-out' });
    throw new Error(answer.error);
  }

  /** The wizard saved `draft` as report `id` to IndexedDB: send it. */
  async changed(id: string, draft: Draft): Promise<void> {
    if (!(await this.meta.get(id))) return;
    this.current = id;
    this.latest.set(id, draft);
    this.changes.set(id, (this.changes.get(id) ?? 0) + 1);
    await this.meta.update(id, (m) => (m && !m.dirty ? { ...m, dirty: true } : undefined));
    this.kick();
  }

  /** 提交审核: the server submits report `id` once it has everything saved here before this call. */
  submit(id: string): Promise<void> {
    return this.command(id, 'submit');
  }

  /** 撤回: the server withdraws report `id`'s submission before anything saved after this call is sent. */
  withdraw(id: string): Promise<void> {
    return this.command(id, 'withdraw');
  }

  /**
   * The page shows report `id` (after a reload, say): what this browser holds for it and the
   * server has not got — changes, a 提交审核 or 撤回 — is sent now, not at the next keystroke.
   * A status the copy here shows that the server does not have, with no call queued to make it
   * (the page was left in the instant between the save and the call), is not taken for a call:
   * the page shows the server's status again, and the clerk submits or withdraws once more.
   */
  async resumeReport(id: string): Promise<void> {
    const meta = await this.meta.get(id);
    if (!meta) return;
    if ((meta.calls ?? []).length === 0 && meta.baseRevision > 0) {
      const record = await this.drafts.get(id);
      const here = record ? draftOfRecord(record) : undefined;
      if (here && (here.review?.status ?? 'draft') !== meta.serverStatus)
        await this.showServerReview(id, meta.serverReview);
    }
    if (!meta.dirty) return;
    this.current = id;
    this.kick();
  }

  /** Signed in again, or back online: send what waits. */
  resume(): void {
    this.failures = 0;
    this.kick();
  }

  /** Keep this browser's version: it becomes the next revision after the server's. */
  async keepLocal(): Promise<void> {
    const s = this.state.get();
    if (s.kind !== 'conflict') return;
    const meta = await this.meta.get(s.conflict.id);
    if (!meta) return;
    const server = s.conflict.server;
    await this.writeMeta({
      ...meta,
      baseRevision: s.conflict.serverRevision,
      serverReview: server.review,
      serverStatus: server.review?.status ?? 'draft',
      dirty: true,
    });
    this.sent.delete(meta.id);
    this.state.set({ kind: 'pending', offline: false });
    this.kick();
  }

  /** Take the server's version into this browser (the wizard then reloads it). */
  async takeServer(): Promise<void> {
    const s = this.state.get();
    if (s.kind !== 'conflict') return;
    const meta = await this.meta.get(s.conflict.id);
    if (!meta) return;
    const server = s.conflict.server;
    await this.adopt(s.conflict.id, meta.unitId, meta.year, {
      revision: s.conflict.serverRevision,
      status: server.review?.status ?? 'draft',
      document: server,
    });
    this.state.set({ kind: 'synced', at: new Date(), revision: s.conflict.serverRevision });
  }

  /** The server revision this browser's copy of report `id` is based on (0: none yet). */
  async knownRevision(id: string): Promise<number> {
    return (await this.meta.get(id))?.baseRevision ?? 0;
  }

  /**
   * Someone else changed report `id` on the server (a supervisor returned it or commented, the
   * clerk saved on another PC): takes the server's copy into this browser, where the open wizard
   * merges it as another tab's write (draft-changes.ts) — a new status, comment or reply beside
   * whatever is being typed. Never while this browser holds changes the server has not got (the
   * next send settles those: a stale revision shows both versions). A change of the content or
   * of the status is taken only when `mayReplaceContent` (no field has the focus: the form may
   * be read again); otherwise it waits for a later call. True when the copy here changed.
   */
  async follow(id: string, mayReplaceContent: boolean): Promise<boolean> {
    const meta = await this.meta.get(id);
    if (!meta || meta.dirty || meta.baseRevision === 0 || this.running) return false;
    const answer = await this.fetchReport(meta.unitId, meta.year);
    if (!answer.ok || answer.body.revision <= meta.baseRevision) return false;
    const server = answer.body;
    const record = await this.drafts.get(id);
    const restored = record ? restoreDraft(record.draft) : undefined;
    if (!record || !restored?.ok) return false;
    const sameContent = contentOf(restored.draft) === contentOf(server.document);
    const sameDecision = decisionOf(restored.draft) === decisionOf(server.document);
    if (!(sameContent && sameDecision) && !mayReplaceContent) return false;
    // Asked again after the awaits: a change saved meanwhile is the next send's to settle.
    const now = await this.meta.get(id);
    if (!now || now.dirty || now.baseRevision !== meta.baseRevision || this.running) return false;
    const next = sameContent ? withServerReview(restored.draft, server.document.review) : server.document;
    const wrote = await this.store(id, (current) =>
      current && revOf(current) === revOf(record)
        ? { draft: next, savedAt: new Date(), unparsed: sameContent ? current.unparsed : {} }
        : undefined,
    );
    if (!wrote) return false;
    await this.writeMeta({
      ...now,
      baseRevision: server.revision,
      serverStatus: server.status,
      serverReview: server.document.review,
      dirty: false,
    });
    this.state.set({ kind: 'synced', at: new Date(), revision: server.revision });
    return true;
  }

  private async adopt(id: string, unitId: number, year: number, body: ReportBody): Promise<void> {
    await this.store(id, () => ({ draft: body.document, savedAt: new Date() }));
    // The server's copy as it is: a status call made on what this browser held is dropped with it.
    await this.writeMeta(
      {
        id,
        unitId,
        year,
        baseRevision: body.revision,
        serverStatus: body.status,
        serverReview: body.document.review,
        dirty: false,
      },
      () => [],
    );
  }

  private async command(id: string, call: StatusCall): Promise<void> {
    if (!(await this.meta.get(id))) return;
    this.current = id;
    await this.meta.update(id, (m) => m && { ...m, dirty: true, calls: [...(m.calls ?? []), call] });
    this.kick();
  }

  /**
   * Writes what this browser knows of report `next.id`; the status calls held are kept as they
   * are (a call made while a send was on its way stays queued) unless `calls` says otherwise.
   */
  private writeMeta(
    next: SyncMeta,
    calls: (held: readonly StatusCall[]) => readonly StatusCall[] = (held) => held,
  ): Promise<void> {
    return this.meta.update(next.id, (current) => ({ ...next, calls: calls(current?.calls ?? []) }));
  }

  /** The draft to send: the one last handed over, else the stored one (after a reload). */
  private async toSend(id: string): Promise<Draft | undefined> {
    const handed = this.latest.get(id);
    if (handed) return handed;
    const record = await this.drafts.get(id);
    return record ? draftOfRecord(record) : undefined;
  }

  private kick(): void {
    if (this.retry !== undefined) clearTimeout(this.retry);
    this.retry = undefined;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pushCurrent().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  private async pushCurrent(): Promise<void> {
    const id = this.current;
    if (!id) return;
    try {
      await this.push(id);
      this.failures = 0;
    } catch (e) {
      if (!(e instanceof Unreachable)) throw e;
      this.state.set({ kind: 'pending', offline: true, serverAway: e.serverAway });
      const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)] ?? 3000;
      this.failures++;
      this.retry = setTimeout(() => this.kick(), delay);
    }
  }

  /** Sends report `id` until the server has everything this browser has (or refuses). */
  private async push(id: string): Promise<void> {
    let meta = await this.meta.get(id);
    if (!meta) return;
    if (!meta.dirty) {
      this.state.set({ kind: 'synced', at: new Date(), revision: meta.baseRevision });
      return;
    }
    const seen = this.changes.get(id) ?? 0;
    const draft = await this.toSend(id);
    if (!draft) return;
    this.state.set({ kind: 'pending', offline: false });
    const base = reportEndpoint.path(meta);

    // A withdrawal first: what was saved after it is a draft's content.
    while (meta.calls?.[0] === 'withdraw') {
      meta = await this.transition(meta, 'withdraw');
      if (!meta) return;
    }
    // The clerk's replies go through the server's own call (it writes author and time); a stale
    // revision leaves them for after the save below has settled the conflict.
    const replies = unsentReplies(draft.review, meta.serverReview);
    for (const reply of replies) {
      const answer: ApiAnswer<{ revision: number; review: Review }> = await this.api(
        'POST',
        `${base}/comments/${encodeURIComponent(reply.commentId)}/replies`,
        { revision: meta.baseRevision, id: reply.id, text: reply.text },
      );
      if (answer.status === 409) break;
      if (!this.accepted(answer)) return;
      meta = { ...meta, baseRevision: answer.body.revision, serverReview: answer.body.review };
      await this.writeMeta(meta);
    }
    const locked = meta.serverStatus === 'submitted' || meta.serverStatus === 'approved';
    if (!locked) {
      // A run for a status call alone has no content the server has not taken.
      if (this.sent.get(id) !== seen) {
        const document = withServerReview(draft, meta.serverReview);
        const answer = await this.api<
          { revision: number } & Partial<ReportBody> & { savedBy?: string; savedAt?: string }
        >('PUT', base, {
          baseRevision: meta.baseRevision,
          document,
        });
        if (answer.status === 409 && answer.body.document && answer.body.revision !== undefined) {
          const record = await this.drafts.get(id);
          this.state.set({
            kind: 'conflict',
            conflict: {
              id,
              local: document,
              server: answer.body.document,
              serverRevision: answer.body.revision,
              serverSavedBy: answer.body.savedBy,
              serverSavedAt: answer.body.savedAt,
              localSavedAt: record?.savedAt,
            },
          });
          return;
        }
        if (!this.accepted(answer)) return;
        meta = { ...meta, baseRevision: answer.body.revision };
        await this.writeMeta(meta);
        this.sent.set(id, seen);
      }
      // The clerk's settled warnings, after the content they are about: the server finds each
      // warning in its own copy and writes the clerk's name and the time. One the server no
      // longer sees (the cells changed meanwhile) is left as it is.
      for (const settle of unsentSettlements(draft.review, meta.serverReview)) {
        const settled: ApiAnswer<{ revision: number; review: Review }> = await this.api(
          'POST',
          `${base}/settlements`,
          { revision: meta.baseRevision, ...settle },
        );
        if (settled.status === 409) break;
        if (settled.status === 422) continue;
        if (!this.accepted(settled)) return;
        meta = { ...meta, baseRevision: settled.body.revision, serverReview: settled.body.review };
        await this.writeMeta(meta);
      }
    }
    // A submission after the content it submits.
    if (meta.calls?.[0] === 'submit') {
      meta = await this.transition(meta, 'submit');
      if (!meta) return;
    }
    const done = meta;
    let clean = (this.changes.get(id) ?? 0) === seen;
    await this.meta.update(id, (current) => {
      const calls = current?.calls ?? [];
      if (calls.length > 0) clean = false;
      return { ...done, calls, dirty: !clean };
    });
    if (clean) this.state.set({ kind: 'synced', at: new Date(), revision: done.baseRevision });
    else this.again = true;
  }

  /** True for a 2xx; otherwise sets the state that says why. */
  private accepted(answer: ApiAnswer): boolean {
    if (answer.status >= 200 && answer.status < 300) return true;
    this.refusedBy(answer.status, answer.body.error ?? `服务器拒绝了保存（HTTP ${answer.status}）`);
    return false;
  }

  /** The state after the server refused a call (or signed this browser out). */
  private refusedBy(status: number, message: string): void {
    this.state.set(status === 401 ? { kind: 'signed-out' } : { kind: 'refused', message });
  }

  /** The server's copy of a report, its answer checked against the contract. */
  private fetchReport(unitId: number, year: number): Promise<CheckedAnswer<ReportBody>> {
    return callEndpointWith(this.api, reportEndpoint, { unitId, year });
  }

  /**
   * The clerk's first queued status call, through the server's own call; then the server's copy
   * of the review block, here too. A call the server already shows made (its answer was lost) is
   * only dropped. A call the server refuses for the report's status or content is dropped as
   * well, and this browser shows the server's status again beside the refusal; a stale revision
   * or a lost session keeps it queued.
   */
  private async transition(meta: SyncMeta, call: StatusCall): Promise<SyncMeta | undefined> {
    const dropCall = (held: readonly StatusCall[]) => (held[0] === call ? held.slice(1) : held);
    const made =
      call === 'submit'
        ? meta.serverStatus === 'submitted'
        : meta.serverStatus === 'draft' || meta.serverStatus === 'returned';
    if (made) {
      const next = { ...meta, calls: dropCall(meta.calls ?? []) };
      await this.writeMeta(next, dropCall);
      return next;
    }
    const base = reportEndpoint.path(meta);
    const answer = await this.api<{ revision: number }>('POST', `${base}/${call}`, {
      revision: meta.baseRevision,
    });
    // Refused for what the report is (its status, its content): asking again would not help.
    const refused = [400, 403, 404, 422].includes(answer.status);
    if (refused) {
      await this.writeMeta(meta, dropCall);
      await this.showServerReview(meta.id, meta.serverReview);
    }
    if (!this.accepted(answer)) return undefined;
    const fresh = await this.fetchReport(meta.unitId, meta.year);
    if (!fresh.ok) {
      this.refusedBy(fresh.status, fresh.error);
      return undefined;
    }
    const next: SyncMeta = {
      ...meta,
      baseRevision: fresh.body.revision,
      serverStatus: fresh.body.status,
      serverReview: fresh.body.document.review,
      calls: dropCall(meta.calls ?? []),
    };
    await this.writeMeta(next, dropCall);
    // The history this browser shows is the server's from now on.
    await this.showServerReview(meta.id, fresh.body.document.review);
    return next;
  }

  /** The stored draft with the server's review block (status, comments, history) in place of this browser's. */
  private showServerReview(id: string, review: Review | undefined): Promise<boolean> {
    return this.store(id, (current) => {
      const restored = current ? restoreDraft(current.draft) : undefined;
      if (!current || !restored?.ok) return undefined;
      return {
        draft: withServerReview(restored.draft, review),
        savedAt: new Date(current.savedAt),
        unparsed: current.unparsed,
      };
    });
  }

  /**
   * Writes the server's copy (or the review block it keeps) into this browser as the next
   * write of the stored draft, and tells the open wizard: its write count only ever grows, so
   * an open form never mistakes this write for one it already holds. The draft written is the
   * one the next send starts from. False when `make` wrote nothing.
   */
  private async store(
    id: string,
    make: (
      current: DraftRecord | undefined,
    ) => { draft: Draft; savedAt: Date; unparsed?: Readonly<Record<string, string>> } | undefined,
  ): Promise<boolean> {
    let written: { rev: number; draft: Draft } | undefined;
    await this.drafts.update(id, (current) => {
      const next = make(current);
      if (!next) return undefined;
      written = { rev: revOf(current) + 1, draft: next.draft };
      return makeRecord(id, next.draft, next.savedAt, next.unparsed, {
        rev: written.rev,
        writer: SERVER_WRITER,
      });
    });
    if (!written) return false;
    this.latest.set(id, written.draft);
    announceDraftSaved(id, written.rev, SERVER_WRITER);
    return true;
  }
}
