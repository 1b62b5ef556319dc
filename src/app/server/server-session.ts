import { createContext, useContext } from 'react';
import type { SyncEngine } from '../../storage/server-sync/sync-engine';

/** The signed-in user as /api/me tells. */
export interface Me {
  readonly login: string;
  readonly name: string;
  readonly role: 'clerk' | 'supervisor' | 'admin';
  readonly roleName: string;
  readonly unit: { readonly id: number; readonly name: string } | null;
  readonly region: { readonly id: number; readonly name: string } | null;
}

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
