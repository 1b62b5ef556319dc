import { useEffect, useState } from 'react';
import type { z } from 'zod/mini';
import type { Endpoint } from '../../../api-contract/endpoints';
import { canonicalJson } from '../../../report/canonical-json';
import { callEndpoint } from '../../../storage/server-sync/call-endpoint';

export type DeskLoad<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly answer: T };

/**
 * GETs one of the desk's endpoints, its answer checked against the contract, again whenever the
 * parameters or `version` change.
 */
export function useDeskAnswer<P, Res extends z.ZodMiniType>(
  endpoint: Endpoint<P, undefined, Res>,
  params: P,
  version = 0,
): DeskLoad<z.infer<Res>> {
  type Answer = z.infer<Res>;
  const key = canonicalJson(params);
  const [load, setLoad] = useState<{ key: string; version: number; state: DeskLoad<Answer> }>({
    key: '',
    version: -1,
    state: { kind: 'loading' },
  });
  // The parameters as of `key`: an object built anew each render asks again only when it changed.
  const [asked, setAsked] = useState({ key, params });
  if (asked.key !== key) setAsked({ key, params });
  useEffect(() => {
    let live = true;
    callEndpoint(endpoint, asked.params).then(
      (a) => {
        if (!live) return;
        const state: DeskLoad<Answer> = a.ok
          ? { kind: 'ready', answer: a.body }
          : { kind: 'failed', message: a.error };
        setLoad({ key: asked.key, version, state });
      },
      () =>
        live &&
        setLoad({
          key: asked.key,
          version,
          state: { kind: 'failed', message: '无法连接服务器，请检查网络后重试。' },
        }),
    );
    return () => {
      live = false;
    };
  }, [endpoint, asked, version]);
  // A refresh of the same question keeps the old answer on screen until the new one arrives.
  return load.key === key ? load.state : { kind: 'loading' };
}
