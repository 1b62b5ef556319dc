import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { restoreDraft } from '../../report/restore';
import type { Draft } from '../../report/schema';
import type { Client, TestServer } from '../../server/test/harness';
import { describeOnBothDatabases } from '../../server/test/harness';
import { makeRecord, revOf } from '../draft-record';
import { createMemoryRepository } from '../memory-repository';
import type { ApiAnswer, ApiCall } from './server-api';
import { Unreachable } from './server-api';
import { SyncEngine, unsentSettlements } from './sync-engine';
import { memorySyncMetaStore } from './sync-meta';
import type { SyncState } from './sync-state';

/**
 * The real server's app (`createApp` on PGlite, and PostgreSQL when there is one) behind the
 * engine's transport: signed in as clerkA, calls logged; the network can go down (unreachable,
 * or a 503 when `databaseAway`), which is the one thing not asked of the server itself.
 */
class Wire {
  up = true;
  /** Answers 503 (its database away) instead of being unreachable when down. */
  databaseAway = false;
  readonly calls: string[] = [];

  constructor(
    private readonly server: TestServer,
    private readonly cookie: string,
    private readonly base: string,
  ) {}

  api: ApiCall = async <T>(method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> => {
    if (!this.up) throw new Unreachable('down', this.databaseAway);
    this.calls.push(`${method} ${path.replace(this.base, '')}`);
    const res = await this.server.request(`/api${path}`, {
      method,
      cookie: this.cookie,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // The transport's answer is untyped JSON, as callApi's is.
    return { status: res.status, body: (await res.json()) as ApiAnswer<T>['body'] };
  };
}

/** The report as the server holds it now. */
async function onServer(client: Client, path: string) {
  const res = await client.get(path);
  expect(res.status).toBe(200);
  return (await res.json()) as { revision: number; status: string; document: Draft };
}

const until = (engine: SyncEngine, kind: SyncState['kind'], test: (s: SyncState) => boolean = () => true) =>
  new Promise<void>((resolve) => {
    const done = () => engine.state.get().kind === kind && test(engine.state.get());
    if (done()) return resolve();
    const off = engine.state.subscribe(() => {
      if (done()) {
        off();
        resolve();
      }
    });
  });

/** Each test its own year of unit A, so that the tests on one server do not meet. */
let nextYear = 2001;

async function setup(s: TestServer) {
  const year = nextYear++;
  const unitId = s.world.unitA;
  const path = `/api/reports/${unitId}/${year}`;
  const clerk = await s.as('clerkA');
  const wire = new Wire(s, clerk.cookie, `/reports/${unitId}/${year}`);
  const drafts = createMemoryRepository();
  const engine = new SyncEngine(drafts, memorySyncMetaStore(), wire.api);
  const save = async (id: string, draft: Draft) => {
    await drafts.put(makeRecord(id, draft, new Date()));
    await engine.changed(id, draft);
  };
  const ofYear = (d: Draft) => setPath(d, 'meta.year', year);
  /** Another browser of the same unit (clerkA2) saves `draft` on top of the server's revision. */
  const otherSaves = async (draft: Draft) => {
    const other = await s.as('clerkA2');
    const res = await other.get(path);
    const baseRevision = res.status === 200 ? ((await res.json()) as { revision: number }).revision : 0;
    expect((await other.send('PUT', path, { baseRevision, document: ofYear(draft) })).status).toBe(200);
  };
  /** A call of the report's API as `login`, on the server's current revision. */
  const act = async (login: string, call: string, body: object = {}) => {
    const who = await s.as(login);
    const { revision } = await onServer(who, path);
    const res = await who.send('POST', `${path}/${call}`, { revision, ...body });
    expect(res.status).toBe(200);
  };
  return { wire, drafts, engine, save, ofYear, otherSaves, act, unitId, year, path, clerk };
}

describeOnBothDatabases('SyncEngine against the server', (server) => {
  it('creates a report that is not on the server yet and sends it with base revision 0', async () => {
    const { engine, clerk, path, unitId, year } = await setup(server());
    const id = await engine.open(unitId, year, '某单位');
    await until(engine, 'synced');
    expect(id).toBe(`srv-${unitId}-${year}`);
    const stored = await onServer(clerk, path);
    expect(stored.revision).toBe(1);
    expect(stored.document.meta.agencyName).toBe('某单位');
  });

  it('queues changes while the server is down and sends the last one when it is back', async () => {
    const { wire, engine, save, ofYear, clerk, path, unitId, year } = await setup(server());
    const id = await engine.open(unitId, year, '某单位');
    await until(engine, 'synced');
    wire.up = false;
    await save(id, ofYear(setPath(sampleDraft(), 'overview.proactive', '离线时写的')));
    await until(engine, 'pending', (st) => st.kind === 'pending' && st.offline);
    expect((await onServer(clerk, path)).document.overview.proactive).not.toBe('离线时写的');
    wire.up = true;
    engine.resume();
    await until(engine, 'synced');
    expect((await onServer(clerk, path)).document.overview.proactive).toBe('离线时写的');
  });

  it('a 503 (the server’s database away) says the server cannot save now, keeps the change and retries', async () => {
    const { wire, engine, save, ofYear, clerk, path, unitId, year } = await setup(server());
    const id = await engine.open(unitId, year, '某单位');
    await until(engine, 'synced');
    wire.up = false;
    wire.databaseAway = true;
    await save(id, ofYear(setPath(sampleDraft(), 'overview.proactive', '数据库停机时写的')));
    await until(engine, 'pending', (st) => st.kind === 'pending' && st.offline && st.serverAway === true);
    wire.up = true;
    engine.resume();
    await until(engine, 'synced');
    expect((await onServer(clerk, path)).document.overview.proactive).toBe('数据库停机时写的');
  });

  it('a stale base revision shows a conflict with both versions; keeping the local one saves it on top', async () => {
    const { engine, save, ofYear, otherSaves, clerk, path, unitId, year } = await setup(server());
    const id = await engine.open(unitId, year, '某单位');
    await until(engine, 'synced');
    await otherSaves(setPath(sampleDraft(), 'overview.proactive', '另一个浏览器写的'));
    await save(id, ofYear(setPath(sampleDraft(), 'overview.proactive', '本机写的')));
    await until(engine, 'conflict');
    const s = engine.state.get();
    if (s.kind !== 'conflict') throw new Error('no conflict');
    expect(s.conflict.local.overview.proactive).toBe('本机写的');
    expect(s.conflict.server.overview.proactive).toBe('另一个浏览器写的');
    await engine.keepLocal();
    await until(engine, 'synced');
    const stored = await onServer(clerk, path);
    expect(stored.revision).toBe(3);
    expect(stored.document.overview.proactive).toBe('本机写的');
  });

  it('taking the server’s version writes it into this browser', async () => {
    const { engine, save, ofYear, otherSaves, drafts, unitId, year } = await setup(server());
    const id = await engine.open(unitId, year, '某单位');
    await until(engine, 'synced');
    await otherSaves(setPath(sampleDraft(), 'overview.proactive', '服务器上的'));
    await save(id, ofYear(sampleDraft()));
    await until(engine, 'conflict');
    await engine.takeServer();
    const record = await drafts.get(id);
    const restored = record ? restoreDraft(record.draft) : undefined;
    expect(restored?.ok && restored.draft.overview.proactive).toBe('服务器上的');
  });

  it('提交审核 is the server’s submit call, made after the content saved before it, with the server’s history kept', async () => {
    const { wire, engine, save, ofYear, drafts, clerk, path, unitId, year } = await setup(server());
    const id = await engine.open(unitId, year, '某单位');
    await until(engine, 'synced');
    // The wizard shows the status meanwhile; the status in the document alone submits nothing.
    const submitted: Draft = {
      ...setPath(ofYear(sampleDraft()), 'overview.proactive', '提交前最后写的'),
      review: {
        status: 'submitted',
        comments: [],
        history: [{ status: 'submitted', by: '本机', at: '2026-01-01T00:00:00.000Z' }],
      },
    };
    await save(id, submitted);
    await until(engine, 'synced', (st) => st.kind === 'synced' && st.revision === 2);
    expect((await onServer(clerk, path)).status).toBe('draft');
    await engine.submit(id);
    await until(engine, 'synced', (st) => st.kind === 'synced' && st.revision === 3);
    // The content went before the submission, and a run for the call alone sends no content again.
    expect(wire.calls).toEqual(['GET ', 'PUT ', 'PUT ', 'POST /submit', 'GET ']);
    const stored = await onServer(clerk, path);
    expect([stored.status, stored.document.overview.proactive]).toEqual(['submitted', '提交前最后写的']);
    const record = await drafts.get(id);
    const restored = record ? restoreDraft(record.draft) : undefined;
    expect(restored?.ok && restored.draft.review?.history.map((h) => h.by)).toEqual(['clerkA姓名']);
  });

  it('a status call made offline waits with the save, and 撤回 goes before what was saved after it', async () => {
    const { wire, engine, save, ofYear, clerk, path, unitId, year } = await setup(server());
    const id = await engine.open(unitId, year, '某单位');
    await until(engine, 'synced');
    await save(id, ofYear(sampleDraft()));
    await engine.submit(id);
    await until(engine, 'synced', (st) => st.kind === 'synced' && st.revision === 3);
    wire.up = false;
    await engine.withdraw(id);
    await save(id, setPath(ofYear(sampleDraft()), 'overview.proactive', '撤回后离线改的'));
    await until(engine, 'pending', (st) => st.kind === 'pending' && st.offline);
    expect((await onServer(clerk, path)).status).toBe('submitted');
    wire.up = true;
    engine.resume();
    await until(engine, 'synced', (st) => st.kind === 'synced' && st.revision === 5);
    expect(wire.calls.slice(-3)).toEqual(['POST /withdraw', 'GET ', 'PUT ']);
    const stored = await onServer(clerk, path);
    expect([stored.status, stored.document.overview.proactive]).toEqual(['draft', '撤回后离线改的']);
  });

  it('a status the copy here shows with no call queued to make it is shown as the server has it when the report is shown again', async () => {
    const { engine, save, ofYear, drafts, clerk, path, unitId, year } = await setup(server());
    const id = await engine.open(unitId, year, '某单位');
    await until(engine, 'synced');
    // The page was left between the save that shows 已提交审核 and the call that makes it.
    await save(id, { ...ofYear(sampleDraft()), review: { status: 'submitted', comments: [], history: [] } });
    await until(engine, 'synced', (st) => st.kind === 'synced' && st.revision === 2);
    expect((await drafts.get(id))?.status).toBe('submitted');
    await engine.resumeReport(id);
    expect((await drafts.get(id))?.status).toBe('draft');
    expect((await onServer(clerk, path)).status).toBe('draft');
  });

  it('a status call the server refuses is dropped, says why, and this browser shows the server’s status again', async () => {
    const { engine, save, ofYear, act, drafts, unitId, year } = await setup(server());
    const id = await engine.open(unitId, year, '某单位');
    await until(engine, 'synced');
    await save(id, ofYear(sampleDraft()));
    await until(engine, 'synced', (st) => st.kind === 'synced' && st.revision === 2);
    await act('clerkA2', 'submit');
    await act('supX', 'approve');
    expect(await engine.follow(id, true)).toBe(true);
    // The clerk's 修改报告 on an approved report: only the supervisor may reopen it on the server.
    await save(id, { ...ofYear(sampleDraft()), review: { status: 'draft', comments: [], history: [] } });
    await engine.withdraw(id);
    await until(engine, 'refused');
    const refused = engine.state.get();
    expect(refused.kind === 'refused' && refused.message).toBe('只有待审核的报告可以撤回。');
    const record = await drafts.get(id);
    expect(record?.status).toBe('approved');
  });

  it('every write the engine makes counts past the wizard’s own, so the open form never takes the return after a submit for one it holds', async () => {
    const { engine, ofYear, act, drafts, unitId, year } = await setup(server());
    const id = await engine.open(unitId, year, '某单位');
    await until(engine, 'synced');
    const opened = revOf(await drafts.get(id));
    // The wizard's save (draft-store stamps the next write count and its tab).
    const submitted: Draft = {
      ...ofYear(sampleDraft()),
      review: { status: 'submitted', comments: [], history: [] },
    };
    await drafts.put(makeRecord(id, submitted, new Date(), {}, { rev: opened + 1, writer: 'tab-1' }));
    await engine.changed(id, submitted);
    await engine.submit(id);
    await until(engine, 'synced', (st) => st.kind === 'synced' && st.revision === 3);
    const afterSubmit = await drafts.get(id);
    expect(revOf(afterSubmit)).toBe(opened + 2);
    expect(afterSubmit?.writer).toBe('server');
    await act('supX', 'comments', { part: 'proactive', path: 'proactive.licensing', text: '请核对' });
    await act('supX', 'return');
    expect(await engine.follow(id, true)).toBe(true);
    const afterReturn = await drafts.get(id);
    expect(revOf(afterReturn)).toBe(opened + 3);
    expect(afterReturn?.status).toBe('returned');
  });

  it('a reply the clerk wrote is sent through the server’s reply call, then the save carries the server’s thread', async () => {
    const { wire, engine, save, ofYear, otherSaves, act, clerk, path, unitId, year } = await setup(server());
    await otherSaves(sampleDraft());
    await act('clerkA2', 'submit');
    await act('supX', 'comments', { part: 'proactive', text: '请核对' });
    await act('supX', 'return');
    const returned = await onServer(clerk, path);
    const comment = returned.document.review?.comments[0];
    if (!comment) throw new Error('no comment');
    const id = await engine.open(unitId, year, '某单位');
    await until(engine, 'synced');
    const local = ofYear(setPath(sampleDraft(), 'proactive.licensing', 1524));
    const review = returned.document.review;
    if (!review) throw new Error('no review');
    const withReply: Draft = {
      ...local,
      review: {
        ...review,
        comments: [
          {
            ...comment,
            replies: [
              {
                id: 'r1',
                text: '已改为 1524',
                author: '本机',
                role: 'clerk',
                at: '2026-01-03T01:00:00.000Z',
              },
            ],
          },
        ],
      },
    };
    await save(id, withReply);
    await until(engine, 'synced', (st) => st.kind === 'synced' && st.revision === returned.revision + 2);
    expect(wire.calls.slice(1)).toEqual([`POST /comments/${comment.id}/replies`, 'PUT ']);
    const stored = await onServer(clerk, path);
    const replies = stored.document.review?.comments[0]?.replies;
    expect(replies?.map((r) => [r.text, r.author])).toEqual([['已改为 1524', 'clerkA姓名']]);
    expect(stored.document.proactive.licensing).toBe(1524);
  });

  describe('follow: the other side’s changes taken in', () => {
    const stored = async (drafts: Awaited<ReturnType<typeof setup>>['drafts'], id: string) => {
      const record = await drafts.get(id);
      const restored = record ? restoreDraft(record.draft) : undefined;
      if (!record || !restored?.ok) throw new Error('not stored');
      return { record, draft: restored.draft };
    };

    it('a new comment is taken in even while a field has the focus, as a write of the server’s', async () => {
      const { engine, otherSaves, act, drafts, unitId, year } = await setup(server());
      await otherSaves(setPath(sampleDraft(), 'overview.proactive', '本机写的'));
      await act('clerkA2', 'submit');
      await act('supX', 'comments', { part: 'overview', text: '请补充' });
      await act('supX', 'return');
      const id = await engine.open(unitId, year, '某单位');
      await until(engine, 'synced', (s) => s.kind === 'synced' && s.revision === 4);
      const before = await stored(drafts, id);
      await act('supX', 'comments', { part: 'proactive', path: 'proactive.licensing', text: '请核对' });
      expect(await engine.follow(id, false)).toBe(true);
      const after = await stored(drafts, id);
      expect(after.draft.review?.comments.map((c) => c.text)).toEqual(['请补充', '请核对']);
      expect(after.draft.overview.proactive).toBe('本机写的');
      expect(after.record.writer).toBe('server');
      expect(after.record.rev).toBe((before.record.rev ?? 0) + 1);
      expect(await engine.knownRevision(id)).toBe(5);
      // Nothing new: nothing written.
      expect(await engine.follow(id, true)).toBe(false);
    });

    it('a change of the content or the status waits while a field has the focus, then is taken', async () => {
      const { engine, otherSaves, act, drafts, unitId, year } = await setup(server());
      const id = await engine.open(unitId, year, '某单位');
      await until(engine, 'synced');
      await otherSaves(setPath(sampleDraft(), 'overview.proactive', '另一台电脑写的'));
      await act('clerkA2', 'submit');
      await act('supX', 'comments', { part: 'proactive', path: 'proactive.licensing', text: '请核对' });
      await act('supX', 'return');
      expect(await engine.follow(id, false)).toBe(false);
      expect((await stored(drafts, id)).draft.overview.proactive).not.toBe('另一台电脑写的');
      expect(await engine.knownRevision(id)).toBe(1);
      expect(await engine.follow(id, true)).toBe(true);
      const after = (await stored(drafts, id)).draft;
      expect(after.overview.proactive).toBe('另一台电脑写的');
      expect(after.review?.status).toBe('returned');
      expect(await engine.knownRevision(id)).toBe(5);
    });

    it('never while this browser holds changes the server has not got (the send settles them)', async () => {
      const { wire, engine, save, ofYear, otherSaves, drafts, unitId, year } = await setup(server());
      const id = await engine.open(unitId, year, '某单位');
      await until(engine, 'synced');
      wire.up = false;
      await save(id, ofYear(setPath(sampleDraft(), 'overview.proactive', '离线时写的')));
      await until(engine, 'pending');
      wire.up = true;
      await otherSaves(setPath(sampleDraft(), 'overview.proactive', '另一台电脑写的'));
      expect(await engine.follow(id, true)).toBe(false);
      expect((await stored(drafts, id)).draft.overview.proactive).toBe('离线时写的');
      engine.resume();
      await until(engine, 'conflict');
    });
  });
});

describe('unsentSettlements', () => {
  it('sends the clerk’s settlements the server does not hold as they are, never the supervisor’s', () => {
    const s = (rule: string, state: 'verified' | 'needs-change', role: 'clerk' | 'supervisor') => ({
      rule,
      path: 'meta.contact.postcode',
      state,
      note: '核实',
      by: 'x',
      role,
      at: '2027-01-01T00:00:00Z',
      digest: 'w1-0',
    });
    const review = (settlements: ReturnType<typeof s>[]) => ({
      status: 'draft' as const,
      comments: [],
      history: [],
      settlements,
    });
    const local = review([
      s('R5', 'verified', 'clerk'),
      s('C3', 'needs-change', 'clerk'),
      s('X1', 'verified', 'supervisor'),
    ]);
    const server = review([
      { ...s('R5', 'verified', 'clerk'), by: '服务器写的名字', at: '2027-01-02T00:00:00Z' },
    ]);
    expect(unsentSettlements(local, server)).toEqual([
      { rule: 'C3', path: 'meta.contact.postcode', state: 'needs-change', note: '核实' },
    ]);
  });
});
