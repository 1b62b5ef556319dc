import { useEffect, useState } from 'react';
import { parseServerDraftId } from '../../../storage/server-sync/server-api';
import { parseHash } from '../../routing/route';
import { useServerSession } from '../server-session';
import { latestRevision } from './live-api';
import { usePoll } from './use-poll';

/** True when the focus is in a field the user can type in (its text must not be replaced). */
export function typingInAField(el: Element | null = document.activeElement): boolean {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
    return !el.readOnly && !el.disabled;
  if (el instanceof HTMLSelectElement) return !el.disabled;
  return el instanceof HTMLElement && el.isContentEditable;
}

/**
 * While the clerk has one of the server's reports open in the wizard, asks every few seconds
 * whether it changed on the server (a return, a comment or a reply, a save on another PC) and
 * takes the change in (SyncEngine.follow): the open form merges it as another tab's write, so
 * a new status, comment or reply shows beside whatever is being typed; a change of the content
 * or the status waits until no field has the focus. A report opened with changes not yet sent
 * (a reload) sends them at once. Renders nothing.
 */
export function WizardLive() {
  const { engine } = useServerSession();
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onHash = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const route = parseHash(hash);
  const draftId = route.page === 'report' ? route.draftId : undefined;
  const key = draftId ? parseServerDraftId(draftId) : undefined;

  const onServer = key !== undefined;
  useEffect(() => {
    if (draftId && onServer) void engine.resumeReport(draftId);
  }, [engine, draftId, onServer]);

  usePoll(async () => {
    if (!draftId || !key) return;
    const known = await engine.knownRevision(draftId);
    if (known === 0) return;
    const latest = await latestRevision(key.unitId, key.year, known);
    if (latest !== undefined && latest > known) await engine.follow(draftId, !typingInAField());
  }, onServer);
  return null;
}
