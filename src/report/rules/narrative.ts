import type { Finding } from '../findings';
import type { Draft } from '../schema';
import type { DerivedValues } from '../totals';
import { proactiveNarrativeFindings } from './narrative-proactive';

const SAYS_NONE =
  /(未|没有|无)(收到|接到|受理|发生)[^。；]{0,30}?申请|(申请|依申请公开)[^。；]{0,10}?(为|共)\s*(0|零)\s*件/;
const SAYS_SOME = /(收到|受理|接到|新收)[^。；]{0,30}?申请[^。；0-9０-９]{0,8}?([0-9０-９]+)\s*(件|份|条)/g;

function toDigits(s: string): number {
  return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** Mentions of a positive number of applications received, not preceded by a negation. */
function positiveMentions(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(SAYS_SOME)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 2), m.index);
    if (/[未没无]/.test(before)) continue;
    const n = toDigits(m[2] ?? '0');
    if (n > 0) out.push(n);
  }
  return out;
}

/**
 * P1: the prose of 一 says no applications were received while table 三 counts some, or the reverse;
 * or states a table-二 figure the table prints otherwise.
 */
export function narrativeFindings(draft: Draft, derived: DerivedValues): Finding[] {
  const received = derived.get('applications.newReceived.total') ?? 0;
  const fields = [
    ['overview.onRequest', draft.overview.onRequest],
    ['overview.summary', draft.overview.summary ?? ''],
  ] as const;
  const out: Finding[] = [];
  for (const [path, text] of fields) {
    if (received > 0 && SAYS_NONE.test(text)) {
      out.push({
        rule: 'P1',
        severity: 'warning',
        path,
        message: `文字说明本年未收到政府信息公开申请，但第三部分表格中本年新收申请为 ${received} 件，请核对。`,
      });
    }
    const mentioned = positiveMentions(text);
    if (received === 0 && mentioned.length > 0) {
      out.push({
        rule: 'P1',
        severity: 'warning',
        path,
        message: `文字说明收到政府信息公开申请 ${mentioned[0]} 件，但第三部分表格中本年新收申请为 0 件，请核对。`,
      });
    }
  }
  return [...out, ...proactiveNarrativeFindings(draft)];
}
