import { describe, expect, it } from 'vitest';
import { keystrokeWork } from './keystroke-work';
import type { TraceEvent } from './keystroke-work';

const MAIN = { pid: 1, tid: 10 };
const task = (ts: number, dur: number, tid = MAIN.tid): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  ts,
  dur,
  pid: 1,
  tid,
});
const keydown = (ts: number, tid = MAIN.tid): TraceEvent => ({
  name: 'EventDispatch',
  ph: 'X',
  ts,
  dur: 100,
  pid: 1,
  tid,
  args: { data: { type: 'keydown' } },
});
const prePaint = (ts: number): TraceEvent => ({ name: 'PrePaint', ph: 'X', ts, dur: 200, ...MAIN });

describe('keystrokeWork', () => {
  it('counts the busy time from the keydown to the end of the next frame, not the idle gaps', () => {
    // key task 1000–3000 (keydown at 1100), a foreign task 4000–4500, idle, frame 10000–12000
    const events = [task(1000, 2000), keydown(1100), task(4000, 500), task(10000, 2000), prePaint(10500)];
    // (3000 − 1100) + 500 + 2000 µs
    expect(keystrokeWork(events)).toEqual([4.4]);
  });

  it('measures each keystroke to its own next frame', () => {
    const events = [
      task(0, 1000),
      keydown(0),
      task(5000, 1000),
      prePaint(5100),
      task(20000, 3000),
      keydown(20000),
      task(30000, 4000),
      prePaint(30100),
    ];
    expect(keystrokeWork(events)).toEqual([2, 7]);
  });

  it('reads the thread that dispatched the keydowns; a keydown with no frame after it has none', () => {
    const other = 99;
    const events = [
      task(0, 50000, other),
      keydown(100, other),
      task(0, 1000),
      keydown(10),
      keydown(500),
      task(2000, 1000),
      prePaint(2100),
      keydown(4000),
      task(4000, 300),
    ];
    expect(keystrokeWork(events)).toEqual([1.99, 1.5, null]);
  });
});
