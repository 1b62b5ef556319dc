import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ambiguousText } from './import-places';
import type { ImportSuccess } from './import-result';
import { importReportText } from './import-text';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'fixtures/published');
const county = readFileSync(path.join(FIXTURES, 'county-jiguan-2023.txt'), 'utf8');

const ROW = {
  newReceived: '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t',
  disclosed: '三、本年度办理结果\t(一)予以公开\t0\t0\t0\t0\t0\t0\t0\t',
  partial: '\t(二)部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t0\t0\t0\t0\t0\t0\t0\t',
  total: '(七)总计\t\t0\t0\t0\t0\t0\t0\t0\t',
};

function withRows(rows: Partial<Record<keyof typeof ROW, string>>): ImportSuccess {
  let text = county;
  for (const [key, values] of Object.entries(rows)) {
    const row = ROW[key as keyof typeof ROW];
    const label = row.slice(0, row.indexOf('\t0'));
    text = text.replace(row, `${label}\t${values}`);
  }
  const r = importReportText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('digits run together', () => {
  it('801000081 in 一 splits uniquely as 80,1,0,0,0,0 with 总计 81', () => {
    const r = withRows({ newReceived: '801000081' });
    expect(r.draft.applications.newReceived).toEqual({
      natural: 80,
      commercial: 1,
      research: 0,
      nonprofit: 0,
      legal: 0,
      other: 0,
    });
    expect(r.printedTotals).toContainEqual({ path: 'applications.newReceived.total', printed: 81 });
    expect(r.ambiguous).toEqual([]);
    expect(r.notices.some((n) => n.includes('801000081'))).toBe(true);
  });

  it('110000011 fits 1,10,… and 11,0,…; the column sums decide it when the other result row is known', () => {
    const r = withRows({
      newReceived: '12\t10\t0\t0\t0\t0\t22\t',
      disclosed: '110000011',
      partial: '11\t0\t0\t0\t0\t0\t11\t',
      total: '12\t10\t0\t0\t0\t0\t22\t',
    });
    // （七） 自然人 12 = 1 + 11 and 商业企业 10 = 10 + 0 only with 予以公开 = 1, 10
    expect(r.draft.applications.results.disclosed).toEqual({
      natural: 1,
      commercial: 10,
      research: 0,
      nonprofit: 0,
      legal: 0,
      other: 0,
    });
    expect(r.ambiguous).toEqual([]);
    expect(r.mismatches).toEqual([]);
  });

  it('two such rows whose sums fit either way: both ambiguous, their cells stay empty, no mismatch is claimed', () => {
    const r = withRows({
      newReceived: '12\t10\t0\t0\t0\t0\t22\t',
      disclosed: '110000011',
      partial: '110000011',
      total: '12\t10\t0\t0\t0\t0\t22\t',
    });
    expect(r.ambiguous.map((a) => a.path)).toEqual([
      'applications.results.disclosed',
      'applications.results.partiallyDisclosed',
    ]);
    // Said by the row's name and the printed digits, not by a line number.
    const first = r.ambiguous[0];
    if (!first) throw new Error('no ambiguous row');
    const said = ambiguousText(first);
    expect(said).toMatch(/^三、本年度办理结果 （一）予以公开：原文“110000011”，/);
    expect(said).not.toMatch(/第 \d+ 行/);
    expect(r.ambiguous[0]?.candidates).toEqual([
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
    expect(Object.values(r.draft.applications.results.disclosed).every((v) => v === null)).toBe(true);
    expect(Object.values(r.draft.applications.results.partiallyDisclosed).every((v) => v === null)).toBe(
      true,
    );
    expect(r.mismatches).toEqual([]);
  });
});
