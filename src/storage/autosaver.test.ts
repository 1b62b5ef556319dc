import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from './autosaver';
import type { SaveState } from './autosaver';

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 300 ms after the last of a burst of changes', async () => {
    const save = vi.fn(async () => new Date(0));
    const states: SaveState[] = [];
    const saver = new Autosaver(save, (s) => states.push(s));
    saver.schedule();
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(200);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(150);
    expect(save).toHaveBeenCalledTimes(1);
    expect(states).toEqual([{ kind: 'saved', at: new Date(0) }]);
  });

  it('flush saves at once, and only when something is pending', async () => {
    const save = vi.fn(async () => new Date(0));
    const saver = new Autosaver(save, () => {});
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
    saver.schedule();
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('reports a failed save', async () => {
    const states: SaveState[] = [];
    const saver = new Autosaver(
      async () => {
        throw new Error('QuotaExceededError');
      },
      (s) => states.push(s),
    );
    saver.schedule();
    await saver.flush();
    expect(states).toEqual([{ kind: 'failed', message: 'QuotaExceededError' }]);
  });

  it('cancel drops what is pending', async () => {
    const save = vi.fn(async () => new Date(0));
    const saver = new Autosaver(save, () => {});
    saver.schedule();
    saver.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
  });
});
