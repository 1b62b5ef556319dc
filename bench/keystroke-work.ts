/** The fields of a Chromium trace event that the bench reads. */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly type?: string } };
}

/** The trace categories `keystrokeWork` needs: task boundaries, event dispatch, paint phases. */
export const KEYSTROKE_TRACE_CATEGORIES = ['toplevel', 'devtools.timeline'];

const isTask = (e: TraceEvent) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask';
const isKeydown = (e: TraceEvent) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown';
// PrePaint runs only in a frame's lifecycle update, never in a layout forced by script.
const isFramePhase = (e: TraceEvent) => e.ph === 'X' && e.name === 'PrePaint';
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/**
 * For each keydown of a trace, in order: the main thread's busy time (ms) from its dispatch
 * being dispatched to the end of the first frame after it — the frame that paints what the key
 * changed. Time the thread sat idle in between (waiting for the display's next refresh) is not
 * counted; everything that ran is, whoever posted it (the page, React, the browser's autofill).
 * `null` for a keydown with no frame after it in the trace. The renderer main thread is the
 * one that dispatched the keydowns.
 */
export function keystrokeWork(events: readonly TraceEvent[]): (number | null)[] {
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  let main: TraceEvent[] = [];
  let most = 0;
  for (const list of byThread.values()) {
    const n = list.filter(isKeydown).length;
    if (n > most) [main, most] = [list, n];
  }
  const tasks = main.filter(isTask).sort((a, b) => a.ts - b.ts);
  const frames = main.filter(isFramePhase).sort((a, b) => a.ts - b.ts);
  const keydowns = main.filter(isKeydown).sort((a, b) => a.ts - b.ts);
  const out: (number | null)[] = [];
  for (const kd of keydowns) {
    const phase = frames.find((f) => f.ts > kd.ts);
    const frame = phase && tasks.find((t) => t.ts <= phase.ts && phase.ts < end(t));
    if (!frame) {
      out.push(null);
      continue;
    }
    let busy = 0;
    for (const t of tasks) {
      if (end(t) <= kd.ts) continue;
      if (t.ts >= end(frame)) break;
      busy += Math.min(end(t), end(frame)) - Math.max(t.ts, kd.ts);
    }
    out.push(busy / 1000);
  }
  return out;
}
