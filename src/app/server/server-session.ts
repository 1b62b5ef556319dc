import { createContext, useContext } from 'react';
import type { SyncEngine } from '../../storage/server-sync/sync-engine';

/** The signed-in user as /api/me tells. */
/** Who is signed in (`GET /api/me`), as the contract declares it. */
export type { Me } from '../../api-contract/endpoints';
import type { Me } from '../../api-contract/endpoints';

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
