import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICANT_KEYS } from '../layout/applicant-columns';
import { emptyDraft } from '../empty-draft';
import { sampleDraft } from '../fixtures/sample-draft';
import { MATRIX_INPUT_ROWS, RESULT_LEAF_ROWS } from '../matrix-shape';
import { NUMERIC_FIELDS } from '../numeric-fields';
import { getPath, setPath } from '../paths';
import { restoreDraft, serializeDraft } from '../restore';
import type { Draft } from '../schema';
import { computeDerived } from '../totals';
import { checkDraft } from './check-draft';

const count = fc.option(fc.nat({ max: 5000 }), { nil: null, freq: 4 });

/** A random applicant matrix (with blanks) on a fresh draft. */
const randomDraft = fc
  .array(count, { minLength: MATRIX_INPUT_ROWS.length * 6, maxLength: MATRIX_INPUT_ROWS.length * 6 })
  .map((values) => {
    let d: Draft = emptyDraft('某局', 2025);
    let i = 0;
    for (const row of MATRIX_INPUT_ROWS) {
      for (const col of APPLICANT_KEYS) d = setPath(d, `applications.${row.key}.${col}`, values[i++] ?? null);
    }
    return d;
  });

const n = (d: Draft, path: string) => {
  const v = getPath(d, path);
  return typeof v === 'number' ? v : 0;
};

describe('totals (R1, R2, R4) always hold for computed totals', () => {
  it('row totals are the sum of the six applicant cells; （七）总计 sums every result leaf', () => {
    fc.assert(
      fc.property(randomDraft, (d) => {
        const t = computeDerived(d);
        for (const row of [...MATRIX_INPUT_ROWS.map((r) => r.key), 'results.total']) {
          const sum = APPLICANT_KEYS.reduce(
            (s, c) => s + (t.get(`applications.${row}.${c}`) ?? n(d, `applications.${row}.${c}`)),
            0,
          );
          expect(t.get(`applications.${row}.total`)).toBe(sum);
        }
        for (const c of [...APPLICANT_KEYS]) {
          const sum = RESULT_LEAF_ROWS.reduce((s, r) => s + n(d, `applications.${r.key}.${c}`), 0);
          expect(t.get(`applications.results.total.${c}`)).toBe(sum);
        }
        const grand = RESULT_LEAF_ROWS.reduce(
          (s, r) => s + APPLICANT_KEYS.reduce((x, c) => x + n(d, `applications.${r.key}.${c}`), 0),
          0,
        );
        expect(t.get('applications.results.total.total')).toBe(grand);
      }),
    );
  });

  it('appeal group totals are 结果维持 + 结果纠正 + 其他结果 + 尚未审结', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 12, maxLength: 12 }), (vals) => {
        let d = emptyDraft('某局', 2025);
        const groups = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'];
        const outcomes = ['upheld', 'corrected', 'other', 'pending'];
        groups.forEach((g, gi) =>
          outcomes.forEach((o, oi) => (d = setPath(d, `appeals.${g}.${o}`, vals[gi * 4 + oi] ?? null))),
        );
        const t = computeDerived(d);
        groups.forEach((g, gi) => {
          const expected = vals.slice(gi * 4, gi * 4 + 4).reduce<number>((s, v) => s + (v ?? 0), 0);
          expect(t.get(`appeals.${g}.total`)).toBe(expected);
        });
      }),
    );
  });
});

describe('R3 勾稽关系', () => {
  it('finds exactly the columns where 一+二 ≠ （七）总计+四, with the right difference', () => {
    fc.assert(
      fc.property(randomDraft, (d) => {
        const r3 = checkDraft(d).filter((f) => f.rule === 'R3');
        const expected: Record<string, number> = {};
        let totalIn = 0;
        let totalOut = 0;
        for (const c of APPLICANT_KEYS) {
          const inc = n(d, `applications.newReceived.${c}`) + n(d, `applications.carriedOver.${c}`);
          const out =
            RESULT_LEAF_ROWS.reduce((s, r) => s + n(d, `applications.${r.key}.${c}`), 0) +
            n(d, `applications.carriedForward.${c}`);
          totalIn += inc;
          totalOut += out;
          if (inc !== out) expected[`applications.results.total.${c}`] = inc - out;
        }
        // The 总计 column only breaks when an applicant column does; it is not reported twice.
        if (totalIn !== totalOut && Object.keys(expected).length === 0) {
          expected['applications.results.total.total'] = totalIn - totalOut;
        }
        const found = Object.fromEntries(r3.map((f) => [f.path, f.difference]));
        expect(found).toEqual(expected);
        expect(r3.every((f) => f.severity === 'error')).toBe(true);
      }),
    );
  });

  it('a balanced sample has no findings at all', () => {
    expect(checkDraft(sampleDraft())).toEqual([]);
  });

  it('one broken column gives exactly one R3, for that column, naming it in Chinese', () => {
    const d = setPath(sampleDraft(), 'applications.newReceived.research', 2);
    const r3 = checkDraft(d).filter((f) => f.rule === 'R3');
    expect(r3.map((f) => [f.path, f.difference])).toEqual([['applications.results.total.research', 2]]);
    expect(r3[0]?.message).toContain('“科研机构”列');
    expect(r3[0]?.message).toContain('多 2 件');
  });

  it('says which side is larger when the results exceed what came in', () => {
    const d = setPath(sampleDraft(), 'applications.carriedForward.natural', 5);
    const [f] = checkDraft(d).filter((x) => x.rule === 'R3');
    expect(f?.difference).toBe(-2);
    expect(f?.message).toContain('少 2 件');
  });
});

describe('R5 values in a draft built in memory', () => {
  it('flags negative, fractional and non-number values at their paths', () => {
    let d = setPath(sampleDraft(), 'proactive.penalty', -1);
    d = setPath(d, 'applications.newReceived.other', 0.5);
    d = setPath(d, 'otherMatters.processingFees.collectedAmount', 10.001);
    const r5 = checkDraft(d).filter((f) => f.rule === 'R5');
    expect(r5.map((f) => f.path)).toEqual([
      'proactive.penalty',
      'applications.newReceived.other',
      'otherMatters.processingFees.collectedAmount',
    ]);
  });
});

describe('cross-year X1 / X2 (warnings)', () => {
  const previous = (() => {
    let p = sampleDraft();
    p = { ...p, meta: { ...p.meta, year: 2024 } };
    return p;
  })();

  it('X1: 上年结转 differing from last year’s 结转下年度继续办理, per column', () => {
    // sample: carriedForward natural 3, commercial 2, legal 1; carriedOver natural 3, commercial 1
    const findings = checkDraft(sampleDraft(), { previous }).filter((f) => f.rule === 'X1');
    expect(findings.map((f) => f.path)).toEqual([
      'applications.carriedOver.commercial',
      'applications.carriedOver.legal',
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings[0]?.message).toContain('2024 年');
  });

  it('X2: 现行有效件数 must continue from last year plus issued minus repealed', () => {
    let d = sampleDraft();
    // last year inForce: regulations 12, normative 56. This year: issued 1, repealed 0 → 13 expected.
    d = setPath(d, 'proactive.regulations.inForce', 13);
    d = setPath(d, 'proactive.normativeDocuments.inForce', 56 + 8 - 3);
    const x2 = checkDraft(d, { previous }).filter((f) => f.rule === 'X2');
    expect(x2).toEqual([]);
    const wrong = setPath(d, 'proactive.regulations.inForce', 12);
    const found = checkDraft(wrong, { previous }).filter((f) => f.rule === 'X2');
    expect(found.map((f) => [f.path, f.severity])).toEqual([['proactive.regulations.inForce', 'warning']]);
    expect(found[0]?.message).toContain('应为 13');
  });

  it('X2 waits until this year’s 现行有效件数 is entered', () => {
    const d = setPath(
      setPath(sampleDraft(), 'proactive.regulations.inForce', null),
      'proactive.normativeDocuments.inForce',
      null,
    );
    expect(checkDraft(d, { previous }).filter((f) => f.rule === 'X2')).toEqual([]);
  });

  it('uses the draft’s own baseline when no previous report is given', () => {
    const d: Draft = {
      ...sampleDraft(),
      baseline: {
        year: 2024,
        carriedForward: { natural: 3, commercial: 1, research: 0, nonprofit: 0, legal: 0, other: 0 },
        regulationsInForce: 11,
        normativeDocumentsInForce: 51,
      },
    };
    expect(checkDraft(d).filter((f) => f.rule === 'X1' || f.rule === 'X2')).toEqual([]);
  });
});

describe('P1 narrative vs numbers (warnings)', () => {
  it('warns when the text says no applications but 一 > 0', () => {
    const d = setPath(sampleDraft(), 'overview.onRequest', '本年度未收到政府信息公开申请。');
    const p1 = checkDraft(d).filter((f) => f.rule === 'P1');
    expect(p1.map((f) => [f.path, f.severity])).toEqual([['overview.onRequest', 'warning']]);
  });

  it('warns when the text counts applications but 一 is 0 in every column', () => {
    let d = emptyDraft('某局', 2025);
    for (const col of APPLICANT_KEYS) {
      d = setPath(d, `applications.newReceived.${col}`, 0);
      d = setPath(d, `applications.carriedOver.${col}`, 0);
    }
    d = setPath(d, 'overview.onRequest', '全年共收到政府信息公开申请 12 件。');
    const p1 = checkDraft(d).filter((f) => f.rule === 'P1');
    expect(p1).toHaveLength(1);
    expect(p1[0]?.message).toContain('“收到政府信息公开申请 12 件”');
    expect(p1[0]?.message).toContain('为 0 件');
  });

  it('does not compare the text with a table still blank (a draft being written)', () => {
    const d = setPath(emptyDraft('某局', 2025), 'overview.onRequest', '全年共收到政府信息公开申请 12 件。');
    expect(checkDraft(d).filter((f) => f.rule === 'P1')).toEqual([]);
  });

  it('is silent when text and numbers agree', () => {
    const d = setPath(emptyDraft('某局', 2025), 'overview.onRequest', '本年度未收到政府信息公开申请。');
    expect(checkDraft(d).filter((f) => f.rule === 'P1')).toEqual([]);
  });
});

describe('save → load', () => {
  const anyText = fc.string({ maxLength: 40 });
  it('parse(serialize(draft)) equals the draft for random drafts', () => {
    fc.assert(
      fc.property(
        randomDraft,
        anyText,
        anyText,
        fc.integer({ min: 2000, max: 2100 }),
        (d, name, prose, year) => {
          let draft: Draft = { ...d, meta: { ...d.meta, agencyName: name, year } };
          draft = setPath(draft, 'overview.platform', prose);
          for (const f of NUMERIC_FIELDS.filter((x) => x.kind !== 'count'))
            draft = setPath(draft, f.path, 1.25);
          const result = restoreDraft(serializeDraft(draft));
          expect(result).toEqual({ ok: true, draft });
        },
      ),
    );
  });
});
