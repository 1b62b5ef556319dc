/**
 * A note for the wizard to show when it opens a draft (how a chosen file was read), set by
 * whoever opened it; kept until the wizard of that draft dismisses it.
 */
const notices = new Map<string, string>();

export function noteOnOpen(draftId: string, message: string): void {
  notices.set(draftId, message);
}

export function openNotice(draftId: string): string | undefined {
  return notices.get(draftId);
}

export function dismissOpenNotice(draftId: string): void {
  notices.delete(draftId);
}
