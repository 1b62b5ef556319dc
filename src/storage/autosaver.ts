export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Debounced saving: `schedule()` after every change saves once the typing pauses
 * (`delay` ms), `flush()` saves what is pending at once (tab hidden or closed). Saves
 * never overlap; a change during a save is saved right after it.
 */
export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending = false;
  private running: Promise<void> | undefined;

  constructor(
    private readonly save: () => Promise<Date>,
    private readonly onState: (state: SaveState) => void,
    private readonly delay = 300,
  ) {}

  schedule(): void {
    this.pending = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Saves now even without a change of ours (another tab wrote: take in what it wrote). */
  sync(): Promise<void> {
    this.pending = true;
    return this.flush();
  }

  get hasPending(): boolean {
    return this.pending;
  }

  async flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.running) await this.running;
    if (!this.pending) return;
    this.pending = false;
    this.running = this.run();
    await this.running;
    this.running = undefined;
  }

  /** Drops what is pending (the tab lost the right to write). */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = false;
  }

  private async run(): Promise<void> {
    try {
      this.onState({ kind: 'saved', at: await this.save() });
    } catch (e) {
      this.onState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }
}
