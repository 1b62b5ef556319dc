/** The messages tabs exchange about the drafts they have open. */
export type TabMessage =
  | { readonly type: 'opened'; readonly draftId: string; readonly tab: string }
  | { readonly type: 'in-use'; readonly draftId: string; readonly tab: string; readonly to: string }
  | { readonly type: 'take-over'; readonly draftId: string; readonly tab: string }
  | { readonly type: 'released'; readonly draftId: string; readonly tab: string; readonly to: string };

/** The part of BroadcastChannel used here (a fake in tests). */
export interface TabChannel {
  postMessage(message: TabMessage): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
}

export interface TabEvents {
  /** Another tab already edits this draft: this tab is now read-only. */
  onOpenElsewhere(): void;
  /** Another tab took over editing: save what is pending before it reads the draft. */
  beforeRelease(): Promise<void>;
  /** This tab is now read-only because another one took over. */
  onTakenOver(): void;
}

export const TAB_CHANNEL_NAME = 'gov-info-report-tabs';
const RELEASE_TIMEOUT_MS = 1500;

function isMessage(v: unknown): v is TabMessage {
  return v !== null && typeof v === 'object' && typeof (v as TabMessage).type === 'string';
}

/**
 * Keeps two tabs from silently overwriting each other's edits of one draft: a tab announces
 * the draft it opens; a tab already editing it answers, and the newcomer turns read-only
 * until the clerk takes over there, which turns the other tab read-only.
 */
export class TabCoordinator {
  private editing = true;
  private waitingForRelease: (() => void) | undefined;

  constructor(
    private readonly draftId: string,
    private readonly tab: string,
    private readonly channel: TabChannel,
    private readonly events: TabEvents,
  ) {
    channel.onmessage = (event) => {
      if (isMessage(event.data) && event.data.draftId === this.draftId && event.data.tab !== this.tab) {
        void this.receive(event.data);
      }
    };
  }

  get isEditing(): boolean {
    return this.editing;
  }

  announce(): void {
    this.channel.postMessage({ type: 'opened', draftId: this.draftId, tab: this.tab });
  }

  /** Makes this tab the editor; resolves once the other tab saved and let go (or did not answer). */
  takeOver(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waitingForRelease = undefined;
        this.editing = true;
        resolve();
      };
      const timer = setTimeout(done, RELEASE_TIMEOUT_MS);
      this.waitingForRelease = done;
      this.channel.postMessage({ type: 'take-over', draftId: this.draftId, tab: this.tab });
    });
  }

  close(): void {
    this.channel.onmessage = null;
    this.channel.close();
  }

  private async receive(m: TabMessage): Promise<void> {
    switch (m.type) {
      case 'opened':
        if (this.editing) {
          this.channel.postMessage({ type: 'in-use', draftId: this.draftId, tab: this.tab, to: m.tab });
        }
        return;
      case 'in-use':
        if (m.to === this.tab && this.editing && !this.waitingForRelease) {
          this.editing = false;
          this.events.onOpenElsewhere();
        }
        return;
      case 'take-over':
        if (this.editing) {
          this.editing = false;
          await this.events.beforeRelease();
          this.events.onTakenOver();
          this.channel.postMessage({ type: 'released', draftId: this.draftId, tab: this.tab, to: m.tab });
        }
        return;
      case 'released':
        if (m.to === this.tab) this.waitingForRelease?.();
        return;
    }
  }
}
