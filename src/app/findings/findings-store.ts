import type { Finding } from '../../report/findings';

type Listener = () => void;

/**
 * Holds the current findings of the open report. Components subscribe to the
 * findings of one path, so a change elsewhere does not re-render them.
 */
export class FindingsStore {
  private all: readonly Finding[] = [];
  private byPath = new Map<string, readonly Finding[]>();
  private readonly listeners = new Set<Listener>();

  get(): readonly Finding[] {
    return this.all;
  }

  at(path: string): readonly Finding[] {
    return this.byPath.get(path) ?? EMPTY;
  }

  set(findings: readonly Finding[]): void {
    const next = new Map<string, Finding[]>();
    for (const f of findings) {
      const list = next.get(f.path);
      if (list) list.push(f);
      else next.set(f.path, [f]);
    }
    // Keep the old array for paths whose findings did not change, so subscribers can bail out.
    const merged = new Map<string, readonly Finding[]>();
    for (const [path, list] of next) {
      const old = this.byPath.get(path);
      merged.set(path, old && sameFindings(old, list) ? old : list);
    }
    this.byPath = merged;
    this.all = findings;
    for (const l of this.listeners) l();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const EMPTY: readonly Finding[] = [];

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return (
    a.length === b.length &&
    a.every((f, i) => {
      const g = b[i];
      return g !== undefined && f.rule === g.rule && f.message === g.message && f.severity === g.severity;
    })
  );
}
