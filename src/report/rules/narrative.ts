import type { Finding } from '../findings';
import type { Draft } from '../schema';
import type { DerivedValues } from '../totals';
import { applicationNarrativeFindings } from './narrative-applications';
import { proactiveNarrativeFindings } from './narrative-proactive';

const SAYS_NONE =
  /(未|没有|无)(收到|接到|受理|发生)[^。；]{0,30}?申请|(申请|依申请公开)[^。；]{0,10}?(为|共)\s*(0|零)\s*件/;

/**
 * P1: the prose of 一 says no applications were received while table 三 counts some; or states a
 * figure of table 二 (`narrative-proactive.ts`) or of tables 三 and 四 (`narrative-applications.ts`)
 * that the table gives otherwise.
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
  }
  return [...out, ...proactiveNarrativeFindings(draft), ...applicationNarrativeFindings(draft)];
}
