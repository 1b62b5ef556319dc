/** Tells the other tabs of this browser that a stored draft was written (and by whom). */
export interface DraftChange {
  readonly type: 'draft-saved';
  readonly draftId: string;
  readonly rev: number;
  readonly writer: string;
}

const CHANNEL = 'gov-info-report-saves';

function isChange(v: unknown): v is DraftChange {
  return v !== null && typeof v === 'object' && (v as DraftChange).type === 'draft-saved';
}

/** Announces a write of `draftId` (nothing where the browser has no BroadcastChannel). */
export function announceDraftSaved(draftId: string, rev: number, writer: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const bc = new BroadcastChannel(CHANNEL);
  bc.postMessage({ type: 'draft-saved', draftId, rev, writer } satisfies DraftChange);
  bc.close();
}

/** Calls `onChange` when another tab wrote `draftId`; returns the unsubscribe. */
export function onDraftSaved(
  draftId: string,
  self: string,
  onChange: (change: DraftChange) => void,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const bc = new BroadcastChannel(CHANNEL);
  bc.onmessage = (e: MessageEvent<unknown>) => {
    if (isChange(e.data) && e.data.draftId === draftId && e.data.writer !== self) onChange(e.data);
  };
  return () => bc.close();
}
