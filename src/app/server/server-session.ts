import { createContext, useContext } from 'react';
import type { SyncEngine } from '../../storage/server-sync/sync-engine';

import type { Me } from '../../api-contract/endpoints';

/** The signed-in user as /api/me tells (declared in the API contract). */
export type { Me };

export interface ServerSession {
  readonly me: Me;
  readonly engine: SyncEngine;
  readonly signOut: () => Promise<void>;
}

export const ServerSessionContext = createContext<ServerSession | undefined>(undefined);

export function useServerSession(): ServerSession {
  const s = useContext(ServerSessionContext);
  if (!s) throw new Error('useServerSession outside the server shell');
  return s;
}
