import { describe, expect, it } from 'vitest';
import type { Finding } from '../../report/findings';
import { FindingsStore } from './findings-store';

const f = (path: string, message = 'm'): Finding => ({ rule: 'R3', severity: 'error', path, message });

describe('FindingsStore', () => {
  it('groups findings by path and keeps unchanged lists identical so subscribers can skip', () => {
    const store = new FindingsStore();
    store.set([f('a'), f('b')]);
    const a1 = store.at('a');
    const b1 = store.at('b');
    store.set([f('a'), f('b', 'changed')]);
    expect(store.at('a')).toBe(a1);
    expect(store.at('b')).not.toBe(b1);
    expect(store.at('b')[0]?.message).toBe('changed');
    expect(store.at('none')).toEqual([]);
  });

  it('notifies subscribers and stops after unsubscribe', () => {
    const store = new FindingsStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.set([f('a')]);
    off();
    store.set([]);
    expect(calls).toBe(1);
    expect(store.get()).toEqual([]);
  });
});
