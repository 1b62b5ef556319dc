import { useCallback, useEffect, useRef, useState } from 'react';
import { openTabChannel, THIS_TAB } from '../../storage/broadcast-tab-channel';
import { TabCoordinator } from '../../storage/tab-coordinator';

/** `editing`, or read-only because another tab had the draft open first / took it over. */
export type TabMode = 'editing' | 'open-elsewhere' | 'taken-over';

/**
 * Coordinates with other tabs of this browser over the open draft. `flush` saves what is
 * pending before another tab takes over; `takeOver` resolves once this tab may edit again
 * (then reload the draft: the other tab may have changed it).
 */
export function useTabCoordination(draftId: string, flush: () => Promise<void>) {
  const [mode, setMode] = useState<TabMode>('editing');
  const coordinator = useRef<TabCoordinator | undefined>(undefined);
  const flushNow = useRef(flush);
  useEffect(() => {
    flushNow.current = flush;
  }, [flush]);

  useEffect(() => {
    const channel = openTabChannel();
    if (!channel) return;
    const c = new TabCoordinator(draftId, THIS_TAB, channel, {
      onOpenElsewhere: () => setMode('open-elsewhere'),
      beforeRelease: () => flushNow.current(),
      onTakenOver: () => setMode('taken-over'),
    });
    coordinator.current = c;
    c.announce();
    return () => c.close();
  }, [draftId]);

  const takeOver = useCallback(async () => {
    await coordinator.current?.takeOver();
    setMode('editing');
  }, []);
  return { mode, takeOver };
}
