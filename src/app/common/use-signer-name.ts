import { useCallback } from 'react';
import { loadName } from '../../storage/remembered-name';
import { useServerMode } from './server-mode';

/**
 * Who signs what the clerk writes (a reply, a settled warning): on the server the signed-in
 * user's name (the server records the same); in a file the name given on 检查与提交, else 填报人.
 * Returns a function, read when the clerk acts (the remembered name may change meanwhile).
 */
export function useSignerName(): () => string {
  const serverName = useServerMode()?.userName;
  return useCallback(() => serverName ?? (loadName('clerk').trim() || '填报人'), [serverName]);
}
