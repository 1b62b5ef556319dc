import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../empty-draft';
import { sampleDraft } from '../fixtures/sample-draft';
import { setPath } from '../paths';
import type { Baseline, Draft } from '../schema';
import { computeDerived } from '../totals';
import { checkDraft } from './check-draft';
import { baselineFromDraft } from './cross-year';
import { keyFigures, oldTextFindings } from './old-text';

const report2025 = (): Draft => setPath(emptyDraft('某县商务局', 2025), 'meta.year', 2025);
const withText = (d: Draft, path: string, text: string): Draft => setPath(d, path, text);
const rulesOf = (d: Draft, baseline?: Baseline) =>
  oldTextFindings(d, baseline, computeDerived(d)).map((f) => [f.rule, f.path]);

describe('Y1: a sentence about an earlier year in this year’s report', () => {
  it('“2024年，我局…” in a 2025 report is named, at its field', () => {
    const d = withText(report2025(), 'overview.summary', '2024年，我局认真贯彻落实《条例》。');
    const found = oldTextFindings(d, undefined, computeDerived(d));
    expect(found).toHaveLength(1);
    expect(found[0]?.rule).toBe('Y1');
    expect(found[0]?.path).toBe('overview.summary');
    expect(found[0]?.message).toContain('2024 年');
    expect(found[0]?.message).toContain('本报告是 2025 年度');
  });

  it('a sentence in the middle of the text and 年度 are caught too', () => {
    const d = withText(
      report2025(),
      'overview.summary',
      '全年工作有序开展。2023年度，本机关主动公开信息 20 条。',
    );
    expect(rulesOf(d)).toEqual([['Y1', 'overview.summary']]);
  });

  it('dates, spans, the report year and plans for a later year are left alone', () => {
    const text = [
      '2025年，我局认真落实《条例》。',
      '本报告统计期限为2025年1月1日至2025年12月31日。',
      '2019年以来，我局持续推进政务公开。',
      '与2024年相比，申请数量有所增加。',
      '2026年，我局将进一步加强政务公开工作。',
    ].join('');
    const d = withText(report2025(), 'overview.summary', text);
    expect(rulesOf(d)).toEqual([]);
  });
});

describe('Y2: the outdated basis cited', () => {
  it('国办公开办函〔2019〕60号 and 格式（试行） are named, in any bracket form', () => {
    for (const cited of [
      '根据国办公开办函〔2019〕60号要求编制本报告。',
      '根据国办公开办函[2019]60号要求编制本报告。',
      '依照《政府信息公开工作年度报告格式（试行）》编制。',
    ]) {
      const d = withText(report2025(), 'overview.summary', cited);
      expect(rulesOf(d), cited).toEqual([['Y2', 'overview.summary']]);
    }
  });

  it('a 2019 or 2020 report rightly cites the 2019 format: not named', () => {
    const d = withText(
      setPath(report2025(), 'meta.year', 2020),
      'overview.summary',
      '根据国办公开办函〔2019〕60号要求编制本报告。',
    );
    expect(rulesOf(d)).toEqual([]);
  });

  it('the current basis (国办公开办函〔2021〕30号) is not named', () => {
    const d = withText(report2025(), 'overview.summary', '根据国办公开办函〔2021〕30号要求编制本报告。');
    expect(rulesOf(d)).toEqual([]);
  });
});

describe('Y3: a key figure that moved by more than half of last year’s', () => {
  // The sample report: 新收申请 40 + 5 + 1 + 2 + 1 = 49 (its cells in fixtures/sample-draft.ts); set
  // last year's figures by hand around it.
  const baseline = (figures: Baseline['figures']): Baseline => ({
    year: 2024,
    carriedForward: baselineFromDraft(sampleDraft()).carriedForward,
    regulationsInForce: null,
    normativeDocumentsInForce: null,
    figures,
  });

  it('49 received this year against 30 last year (+63%) is a 提醒 naming both numbers; 20 → 49 likewise', () => {
    const d = sampleDraft();
    expect(keyFigures(d).newReceived).toBe(49);
    const found = oldTextFindings(
      d,
      baseline({ newReceived: 30, withheld: keyFigures(d).withheld, reconsideration: 0, litigation: 0 }),
      computeDerived(d),
    );
    expect(found.map((f) => f.rule)).toEqual(['Y3']);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toContain('本年 49 件');
    expect(found[0]?.message).toContain('上年 30 件');
    expect(found[0]?.message).toContain('（+63%）');
  });

  it('a change of exactly half, or less, is not named; nor a figure that was 0 last year', () => {
    const d = sampleDraft();
    const k = keyFigures(d);
    // 49 against 98: −49, exactly half of 98 — not more than half.
    expect(
      oldTextFindings(
        d,
        baseline({ ...k, newReceived: 98, reconsideration: 0, litigation: 0 }),
        computeDerived(d),
      ),
    ).toEqual([]);
  });

  it('without last year’s figures nothing is compared; checkDraft with last year’s report compares', () => {
    const d = sampleDraft();
    expect(oldTextFindings(d, undefined, computeDerived(d))).toEqual([]);
    // Last year: the same report with 新收申请 (自然人) 40 → 10, so 19 in all; this year 49.
    const previous = setPath(
      setPath(sampleDraft(), 'meta.year', d.meta.year - 1),
      'applications.newReceived.natural',
      10,
    );
    expect(keyFigures(previous).newReceived).toBe(19);
    const y3 = checkDraft(d, { previous }).filter((f) => f.rule === 'Y3');
    expect(y3.map((f) => f.path)).toEqual(['applications.newReceived.natural']);
  });
});

describe('Y3 names each figure by the layout’s label, a group’s too', () => {
  it('不予公开 (a group of table 三) is named （三）不予公开, not by its key', () => {
    const d = sampleDraft();
    const k = keyFigures(d);
    // The sample's 不予公开: 1 + 2 + 1 = 4; last year 1, so +300 %.
    expect(k.withheld).toBe(4);
    const found = oldTextFindings(
      d,
      {
        year: 2024,
        carriedForward: baselineFromDraft(d).carriedForward,
        regulationsInForce: null,
        normativeDocumentsInForce: null,
        figures: { ...k, withheld: 1 },
      },
      computeDerived(d),
    );
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/^（三）不予公开：本年 4 件，上年 1 件/),
    ]);
  });
});
