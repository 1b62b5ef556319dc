/**
 * `WeakRef` and `FinalizationRegistry` (Chromium 84), which pdf.js uses to let caches go. They
 * cannot be written in JavaScript; these stand-ins hold their target strongly and never call
 * back — the same results, memory freed only when the document is destroyed.
 */
export class StrongRef<T extends object> {
  readonly #target: T;
  constructor(target: T) {
    this.#target = target;
  }
  deref(): T {
    return this.#target;
  }
}

class NoFinalization {
  register(): void {}
  unregister(): boolean {
    return false;
  }
}

export {};

const g = globalThis as Record<string, unknown>;
if (typeof g.WeakRef === 'undefined') g.WeakRef = StrongRef;
if (typeof g.FinalizationRegistry === 'undefined') g.FinalizationRegistry = NoFinalization;
