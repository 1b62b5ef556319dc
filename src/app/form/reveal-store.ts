import type { Finding, RuleId } from '../../report/findings';

type Listener = () => void;
const NONE: ReadonlySet<RuleId> = new Set();

/**
 * Which findings of the form's own fields the clerk has been shown. A field's findings are
 * revealed when the clerk moves on from it (blur) or leaves the step, not while typing;
 * a revealed kind of problem then stays visible while it lasts and disappears once fixed.
 */
export class RevealStore {
  private byPath = new Map<string, ReadonlySet<RuleId>>();
  private version = 0;
  private readonly listeners = new Set<Listener>();

  /** Reveals exactly what is wrong at `path` now (fixed problems are forgotten). */
  reveal(path: string, current: readonly Finding[]): void {
    this.byPath.set(path, new Set(current.map((f) => f.rule)));
    this.changed();
  }

  /** Reveals every finding given (on load, on leaving a step). */
  revealAll(findings: readonly Finding[]): void {
    for (const f of findings) {
      this.byPath.set(f.path, new Set([...(this.byPath.get(f.path) ?? NONE), f.rule]));
    }
    this.changed();
  }

  rulesAt(path: string): ReadonlySet<RuleId> {
    return this.byPath.get(path) ?? NONE;
  }

  getVersion = (): number => this.version;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
