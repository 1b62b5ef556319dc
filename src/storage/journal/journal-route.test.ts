import { describe, expect, it } from 'vitest';
import type { JournalEntry } from './journal-entry';
import type { FromJournalWorker, ToJournalWorker } from './journal-messages';
import { JournalRoute } from './journal-route';
import type { JournalWorkerPort } from './journal-route';
import type { PageJournalWriter } from './journal-writer';

const entry = (draftId: string, seq: number, value: string): JournalEntry => ({
  draftId,
  rev: 1,
  writer: 'tab',
  edits: { 'overview.proactive': value },
  seq,
});

/** Records what the page itself wrote. */
function pageWriter() {
  const log: string[] = [];
  const writer: PageJournalWriter = {
    write: (e) => void log.push(`write ${e.draftId} ${e.seq}`),
    writeLocal: (e) => void log.push(`local ${e.draftId} ${e.seq}`),
    remove: async (id) => void log.push(`remove ${id}`),
    removeLocal: (id) => void log.push(`removeLocal ${id}`),
  };
  return { log, writer };
}

/** A worker that keeps what it is sent; the test answers for it. */
function fakeWorker() {
  const sent: ToJournalWorker[] = [];
  let terminated = false;
  const port: JournalWorkerPort = {
    postMessage: (m) => void sent.push(m),
    onmessage: null,
    onerror: null,
    terminate: () => void (terminated = true),
  };
  const say = (data: FromJournalWorker) => port.onmessage?.({ data });
  return { port, sent, say, terminated: () => terminated };
}

/** A route whose worker has started and opened its database. */
function readyRoute() {
  const { log, writer } = pageWriter();
  const route = new JournalRoute(writer);
  const worker = fakeWorker();
  route.attach(worker.port);
  worker.say({ kind: 'ready' });
  return { log, route, worker };
}

describe('JournalRoute', () => {
  it('has the page write while the worker starts, then the worker once it is ready', () => {
    const { log, writer } = pageWriter();
    const route = new JournalRoute(writer);
    const worker = fakeWorker();
    route.write(entry('a', 1, '一'));
    route.attach(worker.port);
    route.write(entry('a', 2, '一二'));
    expect(worker.sent).toEqual([]);
    worker.say({ kind: 'ready' });
    route.write(entry('a', 3, '一二三'));
    expect(log).toEqual(['write a 1', 'write a 2']);
    expect(worker.sent).toEqual([{ kind: 'put', key: 'a', entry: entry('a', 3, '一二三'), seq: 3 }]);
  });

  it('writes to localStorage, when the page is left, only what the worker has not said is on disk', () => {
    const { log, route, worker } = readyRoute();
    route.write(entry('a', 1, '一'));
    route.write(entry('b', 2, '二'));
    route.write(entry('a', 3, '一二'));
    worker.say({ kind: 'written', key: 'a', seq: 1 }); // an older write of a: a's newest is not on disk yet
    worker.say({ kind: 'written', key: 'b', seq: 2 });
    route.pageLeft();
    expect(log).toEqual(['local a 3']);
  });

  it('has the page write again what the worker had not written when the worker fails, and write itself from then on', () => {
    const { log, route, worker } = readyRoute();
    route.write(entry('a', 1, '一'));
    route.write(entry('b', 2, '二'));
    worker.say({ kind: 'written', key: 'b', seq: 2 });
    worker.say({ kind: 'failed', message: 'QuotaExceededError' });
    expect(worker.terminated()).toBe(true);
    route.write(entry('b', 3, '二三'));
    expect(log).toEqual(['write a 1', 'write b 3']);
    expect(worker.sent).toHaveLength(2);
  });

  it('falls back to the page on a worker error event too', () => {
    const { log, route, worker } = readyRoute();
    route.write(entry('a', 1, '一'));
    worker.port.onerror?.(new Event('error'));
    expect(log).toEqual(['write a 1']);
  });

  it('sends a removal after the writes before it and settles when the worker has removed it', async () => {
    const { log, route, worker } = readyRoute();
    route.write(entry('a', 1, '一'));
    let settled = false;
    const removed = route.remove('a').then(() => (settled = true));
    expect(worker.sent.map((m) => m.kind)).toEqual(['put', 'remove']);
    expect(log).toEqual(['removeLocal a']);
    await Promise.resolve();
    expect(settled).toBe(false);
    const ticket = worker.sent[1]?.kind === 'remove' ? worker.sent[1].ticket : -1;
    worker.say({ kind: 'removed', ticket });
    await removed;
    expect(settled).toBe(true);
    route.pageLeft();
    expect(log).toEqual(['removeLocal a']); // removed: nothing left to keep when the page goes
  });

  it('has the page remove what the worker was still to remove when it fails', async () => {
    const { log, route, worker } = readyRoute();
    const removed = route.remove('a');
    worker.say({ kind: 'failed', message: 'gone' });
    await removed;
    expect(log).toEqual(['removeLocal a', 'remove a']);
  });

  it('ends a worker that starts after the route already gave up on it', () => {
    const { writer } = pageWriter();
    const route = new JournalRoute(writer);
    route.toPage();
    const worker = fakeWorker();
    route.attach(worker.port);
    expect(worker.terminated()).toBe(true);
  });
});
