import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICANT_KEYS } from '../report/layout/applicant-columns';
import { MATRIX_FLAT_ROWS } from '../report/matrix-shape';
import type { ImportSuccess } from './import-result';
import { importReportText } from './import-text';
import { withNumbers } from './test-support/flatten';
import { FLATTENING_STYLES } from './test-support/flattening-styles';
import { HUAIAN_TABLES, huaianPrinted } from './test-support/published-expected';
import type { ReadingCase, Tables } from './test-support/reading-cases';
import { baseReports, pdfViewerCases, tableCells } from './test-support/reading-cases';

/**
 * The done-means of issue 22: a digit changed in any table of any flattening never imports
 * silently wrong — the cell gets the changed text's value, or is left unread, or a finding names
 * the disagreement; and no other cell takes a number that is not printed there.
 */

function imported(text: string): ImportSuccess {
  const r = importReportText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

function gotCells(r: ImportSuccess): Map<string, number | null> {
  return tableCells({
    proactive: r.draft.proactive,
    applications: r.draft.applications,
    appeals: r.draft.appeals,
  });
}

/** Cells that hold a number the (changed) text does not print there. */
function wrongCells(r: ImportSuccess, expected: Map<string, number | null>): string[] {
  const got = gotCells(r);
  return [...expected].flatMap(([p, v]) => {
    const g = got.get(p);
    return g === null || g === undefined || g === v || v === null ? [] : [`${p}: ${g}, printed ${v}`];
  });
}

/** The path of each number `huaianPrinted` gives, in its shape (a 总计 cell: the total's path). */
const MATRIX_PRINTED_ROWS = MATRIX_FLAT_ROWS.filter(
  (r) => !r.key.endsWith('otherHandling') && r.def.children === undefined,
);
const PATHS = {
  proactive: [
    ['proactive.regulations.issued', 'proactive.regulations.repealed', 'proactive.regulations.inForce'],
    [
      'proactive.normativeDocuments.issued',
      'proactive.normativeDocuments.repealed',
      'proactive.normativeDocuments.inForce',
    ],
    ['proactive.licensing'],
    ['proactive.penalty'],
    ['proactive.coercion'],
    ['proactive.feeAmount'],
  ],
  applications: MATRIX_PRINTED_ROWS.map((row) =>
    [...APPLICANT_KEYS, 'total'].map((c) => `applications.${row.key}.${c}`),
  ),
  appeals: ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'].flatMap((g) =>
    ['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => `appeals.${g}.${o}`),
  ),
};

const isTotal = (p: string) => p.endsWith('.total') || p.includes('.results.total.');

describe('the paths of the printed numbers', () => {
  it('match the printed numbers’ shape: 6 rows of 二, 25 rows of 三 with 7 cells, 15 of 四', () => {
    const printed = huaianPrinted();
    expect(PATHS.proactive.map((r) => r.length)).toEqual(printed.proactive.map((r) => r.length));
    expect(PATHS.applications.map((r) => r.length)).toEqual(printed.applications.map((r) => r.length));
    expect(PATHS.appeals).toHaveLength(printed.appeals.length);
    // 淮安's 3.其他 (108) and its （七）总计 row (2932 … 3050), as the report prints them
    const at = (p: string) => PATHS.applications.flat().indexOf(p);
    expect(printed.applications.flat()[at('applications.results.otherHandling.other.natural')]).toBe(108);
    expect(printed.applications.flat()[at('applications.results.total.total')]).toBe(3050);
  });
});

/** One digit of one printed number changed to another (never a leading 0). */
const change = fc.record({
  table: fc.constantFrom('proactive' as const, 'applications' as const, 'appeals' as const),
  index: fc.nat(),
  at: fc.nat(),
  digit: fc.integer({ min: 0, max: 9 }),
});

function changed(text: string, at: number, digit: number): string | undefined {
  const digits = text.split('');
  const positions = digits.flatMap((c, i) => (/\d/.test(c) ? [i] : []));
  const i = positions[at % positions.length];
  if (i === undefined || digits[i] === String(digit) || (i === 0 && digit === 0 && positions.length > 1))
    return undefined;
  digits[i] = String(digit);
  return digits.join('');
}

describe('a digit changed in 海原’s layout printing 淮安’s numbers, in every flattening', () => {
  const layout = baseReports()['haiyuan-jiguan-2024.txt']?.text ?? '';
  const styles: Record<string, (t: string) => string> = { 'as published': (t) => t, ...FLATTENING_STYLES };

  it.each(Object.keys(styles))(
    '%s: the cell reads the changed number or is left unread or named; no other cell is wrong',
    (style) => {
      const make = styles[style] ?? ((t: string) => t);
      fc.assert(
        fc.property(change, (m) => {
          const printed = huaianPrinted();
          const rows = m.table === 'appeals' ? [printed.appeals] : printed[m.table];
          const paths = m.table === 'appeals' ? [PATHS.appeals] : PATHS[m.table];
          const flat = rows.flat();
          const k = m.index % flat.length;
          const before = flat[k] ?? 0;
          const after = changed(String(before), m.at, m.digit);
          fc.pre(after !== undefined);
          const value = Number(after);
          let seen = 0;
          const mutatedRows = rows.map((r) => r.map((v) => (seen++ === k ? value : v)));
          const numbers =
            m.table === 'appeals'
              ? { ...printed, appeals: mutatedRows[0] ?? [] }
              : { ...printed, [m.table]: mutatedRows };
          const path = paths.flat()[k] ?? '';
          const expected = tableCells(HUAIAN_TABLES);
          if (!isTotal(path)) expected.set(path, value);
          const r = imported(make(withNumbers(layout, numbers)));
          expect(wrongCells(r, expected)).toEqual([]);
          if (isTotal(path)) {
            // a 总计 is compared, never copied: its change must be named (or the group left unread)
            const row = path.replace(/\.total$/, '').replace(/\.results\.total\..*$/, '.results');
            const named =
              r.mismatches.some((x) => x.path === path || x.path.startsWith(`${row}.`)) ||
              r.ambiguous.length > 0 ||
              [...gotCells(r)].some(([p, v]) => v === null && p.startsWith(`${row}.`));
            expect(named).toBe(true);
          }
        }),
        { numRuns: 25, seed: 22 },
      );
    },
    120_000,
  );
});

/** The number tokens of the tables' part of a text (二 to 五), each with where it starts. */
function tableTokens(text: string): { at: number; text: string }[] {
  const from = text.search(/二、\s*主动公开/);
  const to = text.search(/五、\s*存在的主要问题/);
  const out: { at: number; text: string }[] = [];
  for (const m of text.slice(from, to < 0 ? undefined : to).matchAll(/\d[\d.]*/g)) {
    out.push({ at: from + (m.index ?? 0), text: m[0] });
  }
  return out;
}

describe('a digit changed in a PDF viewer’s copy (pdftotext, pdftotext -layout)', () => {
  const cases: ReadingCase[] = pdfViewerCases();

  it.each(cases.map((c) => [`${c.report} · ${c.flattening}`, c] as const))(
    '%s: no cell takes a number the changed text does not print there',
    (_, c) => {
      const expected = tableCells(c.expected as Tables);
      const tokens = tableTokens(c.text);
      expect(tokens.length).toBeGreaterThan(10);
      expect(wrongCells(imported(c.text), expected)).toEqual([]);
      fc.assert(
        fc.property(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 9 }), (t, at, digit) => {
          const token = tokens[t % tokens.length];
          fc.pre(token !== undefined);
          if (!token) return;
          const after = changed(token.text, at, digit);
          fc.pre(after !== undefined && !token.text.includes('.'));
          const text = `${c.text.slice(0, token.at)}${after}${c.text.slice(token.at + token.text.length)}`;
          const wrong = wrongCells(imported(text), expected);
          // The one cell that may differ from the page is the changed one, holding the changed number;
          // a value printed more than once in the table cannot be told apart, so only unique ones are checked.
          const unique = tokens.filter((x) => x.text === token.text).length === 1;
          if (wrong.length === 1 && unique) {
            expect(wrong[0]).toMatch(new RegExp(`: ${after}, printed ${token.text}$`));
          } else if (unique) {
            expect(wrong).toEqual([]);
          } else {
            expect(wrong.every((w) => w.endsWith(`: ${after}, printed ${token.text}`))).toBe(true);
          }
        }),
        { numRuns: 30, seed: 22 },
      );
    },
    120_000,
  );
});
