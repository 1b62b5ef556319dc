type Listener = () => void;

/**
 * One value that components read with useSyncExternalStore; listeners hear only real changes.
 * The one observable value of the app and of storage (the sync engine's state is one).
 */
export class SnapshotStore<T> {
  private readonly listeners = new Set<Listener>();

  constructor(
    private value: T,
    private readonly same: (a: T, b: T) => boolean = Object.is,
  ) {}

  get = (): T => this.value;

  set(next: T): void {
    if (this.same(this.value, next)) return;
    this.value = next;
    for (const l of this.listeners) l();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
