import { describe, expect, it } from 'vitest';
import { settleAcrossUnits, units } from '../../api-contract/endpoints';
import { callEndpointWith } from './call-endpoint';
import type { ApiAnswer, ApiCall } from './server-api';

/** A transport that records the call and answers `answer`. */
function answering(answer: { status: number; body: object }) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const api: ApiCall = <T>(method: string, path: string, body?: unknown) => {
    calls.push({ method, path, body });
    return Promise.resolve(answer as ApiAnswer<T>);
  };
  return { api, calls };
}

const row = {
  id: 7,
  name: '甲县教育局',
  regionId: 3,
  regionName: '甲县',
  status: 'submitted',
  revision: 4,
  errors: 0,
  warnings: 2,
  updatedAt: '2026-03-01T08:00:00.000Z',
  updatedBy: '张填报',
};

describe('callEndpoint', () => {
  it('calls the declared method and path and gives the answer as declared', async () => {
    const { api, calls } = answering({ status: 200, body: { year: 2025, units: [row] } });
    const answer = await callEndpointWith(api, units, { year: 2025 });
    expect(calls).toEqual([{ method: 'GET', path: '/units?year=2025', body: undefined }]);
    expect(answer).toEqual({ ok: true, status: 200, body: { year: 2025, units: [row] } });
  });

  it('sends the request body of an endpoint that declares one', async () => {
    const { api, calls } = answering({ status: 200, body: { outcomes: [{ unitId: 7, ok: true }] } });
    const body = {
      year: 2025,
      unitIds: [7],
      rule: 'R5',
      path: 'meta.contact.postcode',
      state: 'verified' as const,
      note: '',
    };
    const answer = await callEndpointWith(api, settleAcrossUnits, {}, body);
    expect(calls).toEqual([{ method: 'POST', path: '/settlements', body }]);
    expect(answer.ok).toBe(true);
  });

  it('refuses an answer that does not match its schema, in Chinese, instead of casting it', async () => {
    const { api } = answering({ status: 200, body: { year: 2025, units: [{ ...row, status: 'lost' }] } });
    expect(await callEndpointWith(api, units, { year: 2025 })).toEqual({
      ok: false,
      status: 200,
      error: '服务器的回答与约定的格式不符，请刷新页面后重试。',
    });
  });

  it("passes on the server's own refusal, or says which HTTP status came without one", async () => {
    expect(
      await callEndpointWith(answering({ status: 403, body: { error: '没有权限。' } }).api, units, {
        year: 2025,
      }),
    ).toEqual({ ok: false, status: 403, error: '没有权限。' });
    expect(await callEndpointWith(answering({ status: 500, body: {} }).api, units, { year: 2025 })).toEqual({
      ok: false,
      status: 500,
      error: '请求失败（HTTP 500）',
    });
  });
});
