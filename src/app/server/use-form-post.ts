import { useCallback, useState } from 'react';
import { callApi } from '../../storage/server-sync/server-api';

/**
 * A server form's POST: busy while it runs, and the server's Chinese message (or `failed` with
 * the HTTP status, or the network message) when it is refused. `post` resolves true on 200.
 */
export function useFormPost(failed: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const post = useCallback(
    async (path: string, body: unknown): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        const answer = await callApi('POST', path, body);
        if (answer.status === 200) return true;
        setError(answer.body.error ?? `${failed}（HTTP ${answer.status}）`);
        return false;
      } catch {
        setError('无法连接服务器，请检查网络后重试。');
        return false;
      } finally {
        setBusy(false);
      }
    },
    [failed],
  );
  return { busy, error, setError, post };
}
