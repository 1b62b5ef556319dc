import { describe, expect, it } from 'vitest';
import type { FiguresAnswer } from '../../../api-contract/desk-endpoints';
import { figuresCsv, regionFigureText, regionUnitsText } from './figures-rows';

describe('年度数字 CSV', () => {
  it('writes regions (with too few units said), units and the formulas', () => {
    const figures = (value: number, units: number) => [
      { key: 'newReceived' as const, value, units },
      { key: 'newReceivedChange' as const, value: 0.5, units },
      { key: 'disclosedShare' as const, value: 0.6, units },
      { key: 'partialShare' as const, value: null, units },
      { key: 'reconsideration' as const, value: 4, units },
      { key: 'reconsiderationCorrectedShare' as const, value: 1 / 3, units },
      { key: 'litigation' as const, value: 0, units },
      { key: 'litigationCorrectedShare' as const, value: null, units },
    ];
    const answer: FiguresAnswer = {
      year: 2025,
      region: { id: 1, name: '某县' },
      regions: [{ id: 1, name: '某县', depth: 0, figures: figures(12, 1) }],
      units: [{ id: 7, name: '某县教育局', regionName: '某县', figures: figures(12, 1) }],
    };
    const lines = figuresCsv(answer).slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '类别,地区或单位,所属地区,单位数,新收申请,新收申请同比变化,予以公开占比,部分公开占比,行政复议,行政复议纠正占比,行政诉讼,行政诉讼纠正占比',
    );
    expect(lines[2]).toBe('单位,某县教育局,某县,1,12,上升 50.0%,60.0%,—,4,33.3%,0,—');
    expect(lines[1]).toBe('地区,某县,,1（不足 30 个，不作比较）,12,上升 50.0%,60.0%,—,4,33.3%,0,—');
    expect(lines).toHaveLength(1 + 1 + 1 + 8);
    const many = figures(300, 30);
    expect(regionUnitsText(many)).toBe('30');
    const fewerWithLastYear = [
      ...many.slice(0, 1),
      { key: 'newReceivedChange' as const, value: 0.1, units: 12 },
    ];
    expect(regionFigureText(fewerWithLastYear[1]!, fewerWithLastYear)).toBe('上升 10.0%（12 个单位）');
  });
});
