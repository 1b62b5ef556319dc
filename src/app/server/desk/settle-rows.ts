import type { SettleState } from '../../../report/schema';
import { settleAcrossUnits } from '../../../api-contract/endpoints';
import { callEndpoint } from '../../../storage/server-sync/call-endpoint';
import type { FindingRow } from './findings-rows';

/**
 * Settles the picked warnings through the server, one call per warning (rule and place) for all
 * the units that have it. Returns a summary and, when any unit was not settled, why.
 */
export async function settleRows(
  year: number,
  rows: readonly FindingRow[],
  state: SettleState,
  note: string,
): Promise<{ summary: string; problem: string | null }> {
  const groups = new Map<string, { rule: string; path: string; unitIds: number[] }>();
  for (const r of rows) {
    const key = `${r.ruleId}|${r.path}`;
    const g = groups.get(key) ?? { rule: r.ruleId, path: r.path, unitIds: [] };
    g.unitIds.push(r.unitId);
    groups.set(key, g);
  }
  const names = new Map(rows.map((r) => [r.unitId, r.unit]));
  let settled = 0;
  const refused: string[] = [];
  try {
    for (const g of groups.values()) {
      const answer = await callEndpoint(settleAcrossUnits, {}, { year, ...g, state, note });
      if (!answer.ok) return { summary: '', problem: answer.error };
      for (const o of answer.body.outcomes) {
        if (o.ok) settled++;
        else refused.push(`${names.get(o.unitId) ?? o.unitId}：${o.message ?? ''}`);
      }
    }
  } catch {
    return { summary: '', problem: '无法连接服务器，请检查网络后重试。' };
  }
  const summary = `已处理 ${settled} 条提醒${refused.length ? `，${refused.length} 条没有处理` : ''}。`;
  return { summary, problem: refused.length ? refused.join('；') : null };
}
