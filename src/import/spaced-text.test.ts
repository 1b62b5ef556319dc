import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportSuccess } from './import-result';
import { importReportText } from './import-text';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'fixtures/published');
const county = readFileSync(path.join(FIXTURES, 'county-jiguan-2023.txt'), 'utf8');

describe('tables copied with spaces instead of tabs', () => {
  it('county’s tables with every tab turned into a space still import completely', () => {
    const spaced = county
      .replace(/\t+/g, ' ')
      .replace(
        '一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0',
        '一、本年新收政府信息公开申请数量 2 1 0 0 0 0 3',
      )
      .replace(
        '(四)无法提供 1.本机关不掌握相关政府信息 0 0 0 0 0 0 0',
        '(四)无法提供 1.本机关不掌握相关政府信息 2 1 0 0 0 0 3',
      );
    const r = importReportText(spaced) as ImportSuccess;
    expect(r.ok).toBe(true);
    expect(r.draft.applications.newReceived).toEqual({
      natural: 2,
      commercial: 1,
      research: 0,
      nonprofit: 0,
      legal: 0,
      other: 0,
    });
    expect(r.draft.applications.results.unavailable.notHeld).toEqual({
      natural: 2,
      commercial: 1,
      research: 0,
      nonprofit: 0,
      legal: 0,
      other: 0,
    });
    expect(r.draft.applications.results.withheld.stateSecret.natural).toBe(0);
    expect(r.draft.applications.results.otherHandling.other.natural).toBe(0);
    expect(r.draft.proactive.regulations).toEqual({ issued: 0, repealed: 0, inForce: 0 });
    expect(r.draft.appeals.reconsideration).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0 });
    expect(r.mapped).toHaveLength(166);
    expect(r.unmapped).toEqual([]);
    // （七）总计 is still printed as 0 while the rows now sum to 2 and 1
    expect(r.mismatches).toContainEqual({
      path: 'applications.results.total.natural',
      printed: 0,
      computed: 2,
    });
  });
});
