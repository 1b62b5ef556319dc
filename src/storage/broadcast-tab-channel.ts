import { TAB_CHANNEL_NAME } from './tab-coordinator';
import type { TabChannel, TabMessage } from './tab-coordinator';

/** The tabs' BroadcastChannel, or undefined where the browser has none. */
export function openTabChannel(): TabChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const bc = new BroadcastChannel(TAB_CHANNEL_NAME);
  const channel: TabChannel = {
    onmessage: null,
    postMessage: (m: TabMessage) => bc.postMessage(m),
    close: () => bc.close(),
  };
  bc.onmessage = (e: MessageEvent<unknown>) => channel.onmessage?.({ data: e.data });
  return channel;
}

/** This tab's id for the coordination (one per page load). */
export const THIS_TAB = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
