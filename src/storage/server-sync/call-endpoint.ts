import type { z } from 'zod/mini';
import type { Endpoint } from '../../api-contract/endpoints';
import { callApi } from './server-api';
import type { ApiCall } from './server-api';

/** An answer checked against the contract: its body as declared, or the server's refusal. */
export type CheckedAnswer<T> =
  | { readonly ok: true; readonly status: number; readonly body: T }
  | { readonly ok: false; readonly status: number; readonly error: string };

type BodyArgs<Req> = Req extends z.ZodMiniType ? [body: z.input<Req>] : [];

/**
 * Calls one endpoint of the contract and checks a 2xx answer against its response schema: a
 * body that does not match is a refusal with a Chinese message, never a wrongly typed value.
 * Throws `Unreachable` as `callApi` does.
 */
export async function callEndpoint<P, Req extends z.ZodMiniType | undefined, Res extends z.ZodMiniType>(
  endpoint: Endpoint<P, Req, Res>,
  params: P,
  ...body: BodyArgs<Req>
): Promise<CheckedAnswer<z.infer<Res>>> {
  return callEndpointWith(callApi, endpoint, params, ...body);
}

/** `callEndpoint` over a given transport (tests: the real server app's `request`). */
export async function callEndpointWith<P, Req extends z.ZodMiniType | undefined, Res extends z.ZodMiniType>(
  api: ApiCall,
  endpoint: Endpoint<P, Req, Res>,
  params: P,
  ...body: BodyArgs<Req>
): Promise<CheckedAnswer<z.infer<Res>>> {
  const answer = await api(endpoint.method, endpoint.path(params), body[0]);
  if (answer.status < 200 || answer.status > 299) {
    return {
      ok: false,
      status: answer.status,
      error: answer.body.error ?? `请求失败（HTTP ${answer.status}）`,
    };
  }
  const parsed = endpoint.response.safeParse(answer.body);
  if (!parsed.success) {
    return { ok: false, status: answer.status, error: '服务器的回答与约定的格式不符，请刷新页面后重试。' };
  }
  return { ok: true, status: answer.status, body: parsed.data };
}
