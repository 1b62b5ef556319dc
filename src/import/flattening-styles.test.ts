import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARTS } from '../report/layout/parts';
import type { Draft } from '../report/schema';
import type { ImportSuccess } from './import-result';
import { importReportText } from './import-text';
import { oneLine, rewordHeadings, withNumbers } from './test-support/flatten';
import { FLATTENING_STYLES } from './test-support/flattening-styles';
import { HUAIAN_TABLES, PUBLISHED_TABLES, huaianPrinted } from './test-support/published-expected';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'fixtures/published');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const HEADINGS = PARTS.map((p) => p.heading);

type Tables = Pick<Draft, 'proactive' | 'applications' | 'appeals'>;

/** Every cell of the three tables as `path → value`. */
function cells(t: Tables): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const walk = (v: unknown, p: string): void => {
    if (v !== null && typeof v === 'object') {
      for (const [k, c] of Object.entries(v)) walk(c, p ? `${p}.${k}` : k);
    } else out.set(p, typeof v === 'number' ? v : null);
  };
  walk(t, '');
  return out;
}

/** Right, left empty, and wrong (a number that is not the printed one) — wrong must be none. */
function score(r: ImportSuccess, expected: Tables) {
  const got = cells({
    proactive: r.draft.proactive,
    applications: r.draft.applications,
    appeals: r.draft.appeals,
  });
  const right: string[] = [];
  const empty: string[] = [];
  const wrong: string[] = [];
  for (const [p, v] of cells(expected)) {
    const g = got.get(p);
    if (g === v) right.push(p);
    else if (g === null || g === undefined) empty.push(p);
    else wrong.push(`${p}: ${g}, printed ${v}`);
  }
  return { right, empty, wrong };
}

function imported(text: string): ImportSuccess {
  const r = importReportText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** A cell left empty is either in a row listed as ambiguous or in a table said not to be read. */
function accountedFor(r: ImportSuccess, p: string): boolean {
  return r.ambiguous.some((a) => p === a.path || p.startsWith(`${a.path}.`));
}

const STYLES = FLATTENING_STYLES;

/** 海原's tab-separated layout printing 淮安's numbers (non-zero in every table). */
const GRID_HUAIAN = withNumbers(read('haiyuan-jiguan-2024.txt'), huaianPrinted());

const REPORTS: Record<string, { text: string; expected: Tables }> = {
  ...Object.fromEntries(
    Object.entries(PUBLISHED_TABLES).map(([name, expected]) => [name, { text: read(name), expected }]),
  ),
  '海原 layout with 淮安 numbers': { text: GRID_HUAIAN, expected: HUAIAN_TABLES },
};

/**
 * Where a style loses what no reader could recover, the rows that must be listed as ambiguous —
 * worked out by reading the variant's text, e.g. `规章1011` is 1、0、11 or 10、1、1.
 */
const LITIGATION = ['appeals.litigationDirect', 'appeals.litigationAfterReconsideration'];

const NOT_ALL_READ: Record<string, Record<string, readonly string[]>> = {
  'huaian-city-2024.txt': {
    // PDF text prints several rows' numbers before their labels; run together, the rows cannot be told apart.
    'one line, no separators': ['*'],
    'one line, single spaces': ['*'],
    'one line, random spacing': ['*'],
    // Its part 四 runs the two 诉讼 groups out of order: which is which is not in the text.
    'headings without numerals': LITIGATION,
    'headings as 第N部分': LITIGATION,
    'headings with （单位：件）': LITIGATION,
    'Word/WPS HTML': LITIGATION,
    'traditional characters (a mirror site)': LITIGATION,
    'outline renumbered (二、工作机制保障 … 七、)': LITIGATION,
  },
  'pingluo-jiguan-2021.txt': {
    // Only 总计 printed, every other cell blank: one number a line, its column unknown.
    'one cell per line, tabs and U+00A0': ['*'],
  },
  '海原 layout with 淮安 numbers': {
    'one line, no separators': ['proactive.regulations', 'proactive.normativeDocuments', 'appeals'],
    // 12 1 1 6 20 also fits 1 2 1 16 20 and 1 2 11 6 20 once the spaces are random
    'one line, random spacing': ['appeals'],
  },
};

describe('the layout-with-other-numbers fixture prints what 淮安 prints', () => {
  it('its rows are 淮安’s, with 淮安’s printed totals 3119 and 3050', () => {
    expect(GRID_HUAIAN).toContain('一、本年新收政府信息公开申请数量\t\t3001\t53\t0\t0\t61\t4\t3119');
    expect(GRID_HUAIAN).toMatch(/\(七\) 总计\t\t2932\t53\t0\t0\t61\t4\t3050/);
    expect(GRID_HUAIAN).toContain('72\t64\t178\t37\t351\t13\t4\t8\t1\t26\t12\t1\t1\t6\t20');
  });
});

/** Every report in every style that changes it (淮安 is PDF text: it has no tab cells to put on lines or between pipes). */
const CASES = Object.entries(REPORTS).flatMap(([name, { text, expected }]) =>
  Object.entries(STYLES).flatMap(([style, make]) => {
    const variant = make(text);
    return variant === text ? [] : [{ name, style, variant, expected }];
  }),
);

describe('the variants', () => {
  it('each style changes at least four of the five reports', () => {
    for (const style of Object.keys(STYLES)) {
      expect(CASES.filter((c) => c.style === style).length).toBeGreaterThanOrEqual(4);
    }
  });
});

describe.each(CASES)('$name, $style', ({ name, style, variant, expected }) => {
  it('no number wrong; every number read, or its row listed as ambiguous', () => {
    const r = imported(variant);
    const s = score(r, expected);
    expect(s.wrong).toEqual([]);
    const partial = NOT_ALL_READ[name]?.[style];
    if (!partial) {
      expect(s.empty).toEqual([]);
      return;
    }
    if (partial[0] === '*') {
      expect(r.ambiguous.length + r.unmapped.length).toBeGreaterThan(0);
      return;
    }
    expect(r.ambiguous.map((a) => a.path).sort()).toEqual([...partial].sort());
    expect(s.empty.filter((p) => !accountedFor(r, p))).toEqual([]);
  });
});

describe('headings reworded', () => {
  it('the variants really carry no numbered heading', () => {
    const county = read('county-jiguan-2023.txt');
    const plain = rewordHeadings(county, 'no-numeral', HEADINGS);
    expect(plain).not.toContain('三、收到和处理政府信息公开申请情况');
    expect(plain).toContain('\n收到和处理政府信息公开申请情况');
    expect(rewordHeadings(county, 'part-words', HEADINGS)).toContain(
      '第三部分 收到和处理政府信息公开申请情况',
    );
  });

  it('a misspelt heading with its numeral still cuts the report (四、政府信息公开行政法复议…)', () => {
    const county = read('county-jiguan-2023.txt').replace(
      '行政复议、行政诉讼情况',
      '行政法复议、行政诉讼情况',
    );
    const r = imported(county);
    expect(r.notices.join('')).not.toContain('没有找到“四、');
    expect(r.draft.appeals).toEqual(PUBLISHED_TABLES['county-jiguan-2023.txt']?.appeals);
  });
});

describe('an outline renumbered around a part of its own (二、工作机制保障, then 三、主动公开… 七、其他…)', () => {
  const renumbered = rewordHeadings(read('haiyuan-jiguan-2024.txt'), 'renumbered', HEADINGS);

  it('the variant really is renumbered', () => {
    expect(renumbered).toContain('\n二、工作机制保障\n');
    expect(renumbered).toContain('七、其他需要报告的事项');
    expect(renumbered).not.toMatch(/^[#\s]*二、主动公开政府信息情况/m);
  });

  it('its six parts are found under their own words; the extra part stays in part 一', () => {
    const r = imported(renumbered);
    expect(r.notices.join('')).not.toContain('没有找到');
    expect(r.draft.appeals).toEqual(PUBLISHED_TABLES['haiyuan-jiguan-2024.txt']?.appeals);
    expect(r.draft.problems.problems).toContain('2024年我中心高度重视政府信息公开工作');
    expect(Object.values(r.draft.overview).join('')).toContain('本机关成立政府信息公开工作领导小组');
  });
});

describe('a whole report on one line', () => {
  const line = oneLine(GRID_HUAIAN, 'none');

  it('is one line, headings and cells run together', () => {
    expect(line).not.toContain('\n');
    expect(line).toContain('一、本年新收政府信息公开申请数量300153006143119二、上年结转');
  });

  it('the cut of each run of digits is chosen by its 总计 and said in the notices', () => {
    const r = imported(line);
    expect(r.draft.applications.newReceived).toEqual({
      natural: 3001,
      commercial: 53,
      research: 0,
      nonprofit: 0,
      legal: 61,
      other: 4,
    });
    expect(
      r.notices.some((n) => n.includes('300153006143119') && n.includes('3001、53、0、0、61、4、3119')),
    ).toBe(true);
  });

  it('110000011 (11,0,… or 1,10,…) is decided by （七）总计 = the sum of the result rows', () => {
    const r = imported(line);
    expect(r.draft.applications.results.unavailable.needsCreation.natural).toBe(11);
    expect(r.ambiguous.map((a) => a.path)).not.toContain('applications.results.unavailable.needsCreation');
  });

  it('table 二 has no totals: 规章1011 is listed with both readings, its cells left empty', () => {
    const r = imported(line);
    const row = r.ambiguous.find((a) => a.path === 'proactive.regulations');
    expect(row?.candidates).toEqual([
      [1, 0, 11],
      [10, 1, 1],
    ]);
    expect(row?.reason).toContain('1、0、11 或 10、1、1');
    expect(r.draft.proactive.regulations).toEqual({ issued: null, repealed: null, inForce: null });
    expect(r.draft.proactive.licensing).toBe(447228);
  });

  it('a row fused into the prose after it (…10300000103 then 2025年…) keeps the year out of the row', () => {
    const fused = line.replace(
      /四、政府信息公开行政复议、行政诉讼情况.*?五、/,
      '2025年，我中心将继续做好政府信息公开工作。五、',
    );
    expect(fused).toContain('四、结转下年度继续办理103000001032025年，');
    const r = imported(fused);
    expect(r.draft.applications.carriedForward).toEqual({
      natural: 103,
      commercial: 0,
      research: 0,
      nonprofit: 0,
      legal: 0,
      other: 0,
    });
    expect(r.mismatches).toEqual([]);
  });
});
