import { useEffect, useState } from 'react';
import { callApi } from '../../../storage/server-sync/server-api';

export type DeskLoad<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly answer: T };

/** GETs `path` from the API, again whenever it or `version` changes. */
export function useDeskAnswer<T>(path: string, version = 0): DeskLoad<T> {
  const [load, setLoad] = useState<{ path: string; version: number; state: DeskLoad<T> }>({
    path: '',
    version: -1,
    state: { kind: 'loading' },
  });
  useEffect(() => {
    let live = true;
    callApi<T>('GET', path).then(
      (a) => {
        if (!live) return;
        const state: DeskLoad<T> =
          a.status === 200
            ? { kind: 'ready', answer: a.body }
            : { kind: 'failed', message: a.body.error ?? `读取失败（HTTP ${a.status}）` };
        setLoad({ path, version, state });
      },
      () =>
        live &&
        setLoad({ path, version, state: { kind: 'failed', message: '无法连接服务器，请检查网络后重试。' } }),
    );
    return () => {
      live = false;
    };
  }, [path, version]);
  // A refresh of the same path keeps the old answer on screen until the new one arrives.
  return load.path === path ? load.state : { kind: 'loading' };
}
