import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { restoreDraft } from '../../report/restore';
import type { Draft, Review } from '../../report/schema';
import { makeRecord } from '../draft-record';
import { createMemoryRepository } from '../memory-repository';
import type { ApiAnswer, ApiCall } from './server-api';
import { Unreachable } from './server-api';
import { SyncEngine, unsentSettlements } from './sync-engine';
import { memorySyncMetaStore } from './sync-meta';
import type { SyncState } from './sync-state';

/** A stand-in for the server's report API: one report, revisions, status calls; can go down. */
class FakeServer {
  up = true;
  /** Answers 503 (its database away) instead of being unreachable when down. */
  databaseAway = false;
  revision = 0;
  document: Draft | undefined;
  status: 'draft' | 'submitted' = 'draft';
  readonly calls: string[] = [];

  api: ApiCall = async <T>(method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> => {
    if (!this.up) throw new Unreachable('down', this.databaseAway);
    this.calls.push(`${method} ${path.replace('/reports/1/2025', '')}`);
    const answer = (status: number, b: unknown): ApiAnswer<T> => ({
      status,
      body: b as ApiAnswer<T>['body'],
    });
    const review = (): Review => this.document?.review ?? { status: 'draft', comments: [], history: [] };
    if (method === 'GET') {
      return this.document
        ? answer(200, { revision: this.revision, status: this.status, document: this.document })
        : answer(404, { error: '没有' });
    }
    const b = body as { baseRevision?: number; revision?: number; document?: Draft };
    if (method === 'PUT') {
      if (b.baseRevision !== this.revision)
        return answer(409, { revision: this.revision, document: this.document });
      if (
        JSON.stringify(b.document?.review ?? { status: 'draft', comments: [], history: [] }) !==
        JSON.stringify(review())
      ) {
        return answer(422, { error: '审核记录由服务器记录' });
      }
      this.document = b.document;
      return answer(200, { revision: ++this.revision });
    }
    const reply = /\/comments\/([^/]+)\/replies$/.exec(path);
    if (reply && this.document) {
      if (b.revision !== this.revision)
        return answer(409, { revision: this.revision, document: this.document });
      const r = body as { id: string; text: string };
      const current = review();
      const comments = current.comments.map((c) =>
        c.id === reply[1]
          ? {
              ...c,
              replies: [
                ...(c.replies ?? []),
                {
                  id: r.id,
                  text: r.text,
                  author: '服务器上的填报人',
                  role: 'clerk' as const,
                  at: '2026-01-03T00:00:00.000Z',
                },
              ],
            }
          : c,
      );
      this.document = { ...this.document, review: { ...current, comments } };
      return answer(200, { revision: ++this.revision, review: this.document.review });
    }
    if (path.endsWith('/submit') && this.document) {
      this.status = 'submitted';
      this.document = {
        ...this.document,
        review: {
          status: 'submitted',
          comments: [],
          history: [{ status: 'submitted', by: '服务器', at: '2026-01-02T00:00:00.000Z' }],
        },
      };
      return answer(200, { revision: ++this.revision, status: 'submitted' });
    }
    return answer(404, { error: '?' });
  };
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

function setup() {
  const server = new FakeServer();
  const drafts = createMemoryRepository();
  const engine = new SyncEngine(drafts, memorySyncMetaStore(), server.api);
  const save = async (id: string, draft: Draft) => {
    await drafts.put(makeRecord(id, draft, new Date()));
    await engine.changed(id);
  };
  return { server, drafts, engine, save };
}

const year2025 = (d: Draft) => setPath(d, 'meta.year', 2025);

describe('SyncEngine', () => {
  it('creates a report that is not on the server yet and sends it with base revision 0', async () => {
    const { server, engine } = setup();
    const id = await engine.open(1, 2025, '某单位');
    await until(engine, 'synced');
    expect(id).toBe('srv-1-2025');
    expect(server.revision).toBe(1);
    expect(server.document?.meta.agencyName).toBe('某单位');
  });

  it('queues changes while the server is down and sends the last one when it is back', async () => {
    const { server, engine, save } = setup();
    const id = await engine.open(1, 2025, '某单位');
    await until(engine, 'synced');
    server.up = false;
    await save(id, year2025(setPath(sampleDraft(), 'overview.proactive', '离线时写的')));
    await until(engine, 'pending', (st) => st.kind === 'pending' && st.offline);
    expect(server.document?.overview.proactive).not.toBe('离线时写的');
    server.up = true;
    engine.resume();
    await until(engine, 'synced');
    expect(server.document?.overview.proactive).toBe('离线时写的');
  });

  it('a 503 (the server’s database away) says the server cannot save now, keeps the change and retries', async () => {
    const { server, engine, save } = setup();
    const id = await engine.open(1, 2025, '某单位');
    await until(engine, 'synced');
    server.up = false;
    server.databaseAway = true;
    await save(id, year2025(setPath(sampleDraft(), 'overview.proactive', '数据库停机时写的')));
    await until(engine, 'pending', (st) => st.kind === 'pending' && st.offline && st.serverAway === true);
    server.up = true;
    engine.resume();
    await until(engine, 'synced');
    expect(server.document?.overview.proactive).toBe('数据库停机时写的');
  });

  it('a stale base revision shows a conflict with both versions; keeping the local one saves it on top', async () => {
    const { server, engine, save } = setup();
    const id = await engine.open(1, 2025, '某单位');
    await until(engine, 'synced');
    server.document = year2025(setPath(sampleDraft(), 'overview.proactive', '另一个浏览器写的'));
    server.revision = 2;
    await save(id, year2025(setPath(sampleDraft(), 'overview.proactive', '本机写的')));
    await until(engine, 'conflict');
    const s = engine.state.get();
    if (s.kind !== 'conflict') throw new Error('no conflict');
    expect(s.conflict.local.overview.proactive).toBe('本机写的');
    expect(s.conflict.server.overview.proactive).toBe('另一个浏览器写的');
    await engine.keepLocal();
    await until(engine, 'synced');
    expect(server.revision).toBe(3);
    expect(server.document?.overview.proactive).toBe('本机写的');
  });

  it('taking the server’s version writes it into this browser', async () => {
    const { server, engine, save, drafts } = setup();
    const id = await engine.open(1, 2025, '某单位');
    await until(engine, 'synced');
    server.document = year2025(setPath(sampleDraft(), 'overview.proactive', '服务器上的'));
    server.revision = 5;
    await save(id, year2025(sampleDraft()));
    await until(engine, 'conflict');
    await engine.takeServer();
    const record = await drafts.get(id);
    const restored = record ? restoreDraft(record.draft) : undefined;
    expect(restored?.ok && restored.draft.overview.proactive).toBe('服务器上的');
  });

  it('a status of 已提交审核 set in the wizard is sent as the server’s submit call, with the server’s history kept', async () => {
    const { server, engine, save, drafts } = setup();
    const id = await engine.open(1, 2025, '某单位');
    await until(engine, 'synced');
    const submitted: Draft = {
      ...year2025(sampleDraft()),
      review: {
        status: 'submitted',
        comments: [],
        history: [{ status: 'submitted', by: '本机', at: '2026-01-01T00:00:00.000Z' }],
      },
    };
    await save(id, submitted);
    await until(engine, 'synced');
    expect(server.calls).toEqual(['GET ', 'PUT ', 'PUT ', 'POST /submit', 'GET ']);
    expect(server.status).toBe('submitted');
    const record = await drafts.get(id);
    const restored = record ? restoreDraft(record.draft) : undefined;
    expect(restored?.ok && restored.draft.review?.history[0]?.by).toBe('服务器');
  });

  it('a reply the clerk wrote is sent through the server’s reply call, then the save carries the server’s thread', async () => {
    const { server, engine, save } = setup();
    const returnedReview: Review = {
      status: 'returned',
      comments: [
        {
          id: 'c1',
          part: 'proactive',
          text: '请核对',
          author: '审核人',
          at: '2026-01-02T00:00:00.000Z',
          resolved: false,
        },
      ],
      history: [{ status: 'returned', by: '审核人', at: '2026-01-02T00:00:00.000Z' }],
    };
    server.document = { ...year2025(sampleDraft()), review: returnedReview };
    server.revision = 4;
    const id = await engine.open(1, 2025, '某单位');
    await until(engine, 'synced');
    const local = year2025(setPath(sampleDraft(), 'proactive.licensing', 1524));
    const withReply: Draft = {
      ...local,
      review: {
        ...returnedReview,
        comments: returnedReview.comments.map((c) => ({
          ...c,
          replies: [
            { id: 'r1', text: '已改为 1524', author: '本机', role: 'clerk', at: '2026-01-03T01:00:00.000Z' },
          ],
        })),
      },
    };
    await save(id, withReply);
    await until(engine, 'synced', (st) => st.kind === 'synced' && st.revision === 6);
    expect(server.calls.slice(1)).toEqual(['POST /comments/c1/replies', 'PUT ']);
    const comment = server.document.review?.comments[0];
    expect(comment?.replies?.map((r) => [r.text, r.author])).toEqual([['已改为 1524', '服务器上的填报人']]);
    expect(server.document.proactive.licensing).toBe(1524);
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

  describe('follow: the other side’s changes taken in', () => {
    const comment = {
      id: 'c1',
      part: 'proactive',
      path: 'proactive.licensing',
      text: '请核对',
      author: '审核人',
      at: '2026-01-05T00:00:00.000Z',
      resolved: false,
    };
    const stored = async (drafts: ReturnType<typeof setup>['drafts'], id: string) => {
      const record = await drafts.get(id);
      const restored = record ? restoreDraft(record.draft) : undefined;
      if (!record || !restored?.ok) throw new Error('not stored');
      return { record, draft: restored.draft };
    };

    it('a new comment is taken in even while a field has the focus, as a write of the server’s', async () => {
      const { server, engine, save, drafts } = setup();
      const id = await engine.open(1, 2025, '某单位');
      await save(id, year2025(setPath(sampleDraft(), 'overview.proactive', '本机写的')));
      await until(engine, 'synced', (s) => s.kind === 'synced' && s.revision === 2);
      const before = await stored(drafts, id);
      server.document = {
        ...year2025(setPath(sampleDraft(), 'overview.proactive', '本机写的')),
        review: { status: 'draft', comments: [comment], history: [] },
      };
      server.revision = 3;
      expect(await engine.follow(id, false)).toBe(true);
      const after = await stored(drafts, id);
      expect(after.draft.review?.comments.map((c) => c.text)).toEqual(['请核对']);
      expect(after.draft.overview.proactive).toBe('本机写的');
      expect(after.record.writer).toBe('server');
      expect(after.record.rev).toBe((before.record.rev ?? 0) + 1);
      expect(await engine.knownRevision(id)).toBe(3);
      // Nothing new: nothing written.
      expect(await engine.follow(id, true)).toBe(false);
    });

    it('a change of the content or the status waits while a field has the focus, then is taken', async () => {
      const { server, engine, drafts } = setup();
      const id = await engine.open(1, 2025, '某单位');
      await until(engine, 'synced');
      server.document = {
        ...year2025(setPath(sampleDraft(), 'overview.proactive', '另一台电脑写的')),
        review: {
          status: 'returned',
          comments: [comment],
          history: [{ status: 'returned', by: '审核人', at: '2026-01-05T00:00:00.000Z' }],
        },
      };
      server.revision = 4;
      expect(await engine.follow(id, false)).toBe(false);
      expect((await stored(drafts, id)).draft.overview.proactive).not.toBe('另一台电脑写的');
      expect(await engine.knownRevision(id)).toBe(1);
      expect(await engine.follow(id, true)).toBe(true);
      const after = (await stored(drafts, id)).draft;
      expect(after.overview.proactive).toBe('另一台电脑写的');
      expect(after.review?.status).toBe('returned');
      expect(await engine.knownRevision(id)).toBe(4);
    });

    it('never while this browser holds changes the server has not got (the send settles them)', async () => {
      const { server, engine, save, drafts } = setup();
      const id = await engine.open(1, 2025, '某单位');
      await until(engine, 'synced');
      server.up = false;
      await save(id, year2025(setPath(sampleDraft(), 'overview.proactive', '离线时写的')));
      await until(engine, 'pending');
      server.up = true;
      server.document = year2025(setPath(sampleDraft(), 'overview.proactive', '另一台电脑写的'));
      server.revision = 7;
      expect(await engine.follow(id, true)).toBe(false);
      expect((await stored(drafts, id)).draft.overview.proactive).toBe('离线时写的');
      engine.resume();
      await until(engine, 'conflict');
    });
  });
});
