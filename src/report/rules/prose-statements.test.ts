import { describe, expect, it } from 'vitest';
import { proseStatements } from './prose-statements';

/** What each statement says, as [the figure's cells' first path, kind, value, excerpt]. */
function read(text: string, year: number | null = 2025): [string, string, number, string][] {
  return proseStatements(text, year).map((s) => [s.figure.name, s.kind, s.value, s.excerpt]);
}

const NEW = '“一、本年新收政府信息公开申请数量”一行的“总计”';
const CARRIED_OVER = '“二、上年结转政府信息公开申请数量”一行的“总计”';
const CARRIED_FORWARD = '“四、结转下年度继续办理”一行的“总计”';
const DISCLOSED = '“（一）予以公开”一行的“总计”';
const PARTIAL = '“（二）部分公开”一行的“总计”';
const WITHHELD = '“（三）不予公开”一行的“总计”';

describe('proseStatements: the wordings real reports use', () => {
  it('本年共收到申请 N 件', () => {
    expect(read('本年共收到政府信息公开申请 15 件。')).toEqual([
      [NEW, 'count', 15, '收到政府信息公开申请 15 件'],
    ]);
    expect(read('全年共受理申请15件，均按时答复。')).toEqual([[NEW, 'count', 15, '受理申请15件']]);
  });

  it('上年结转 N 件 and 结转下年度 N 件', () => {
    expect(read('上年结转 3 件；结转下年度 5 件。')).toEqual([
      [CARRIED_OVER, 'count', 3, '上年结转 3 件'],
      [CARRIED_FORWARD, 'count', 5, '结转下年度 5 件'],
    ]);
  });

  it('予以公开 N 件, 部分公开 N 件, 不予公开 N 件', () => {
    expect(read('其中予以公开 6 件，部分公开 2 件，不予公开 1 件。')).toEqual([
      [DISCLOSED, 'count', 6, '予以公开 6 件'],
      [PARTIAL, 'count', 2, '部分公开 2 件'],
      [WITHHELD, 'count', 1, '不予公开 1 件'],
    ]);
  });

  it('行政复议 N 件（维持 N 件、纠正 N 件）: the outcomes are those of 行政复议', () => {
    expect(read('发生政府信息公开行政复议 2 件（维持 1 件、纠正 1 件）。')).toEqual([
      ['“行政复议”的“总计”', 'count', 2, '行政复议 2 件'],
      ['“行政复议”的“结果维持”', 'count', 1, '维持 1 件'],
      ['“行政复议”的“结果纠正”', 'count', 1, '纠正 1 件'],
    ]);
  });

  it('行政诉讼 N 件 counts both 诉讼 groups', () => {
    const [s] = proseStatements('行政诉讼 1 件。', 2025);
    expect(s?.value).toBe(1);
    expect(s?.figure.cells).toHaveLength(8); // 2 groups × 4 outcomes
    expect(s?.figure.cells).toContain('appeals.litigationDirect.upheld');
    expect(s?.figure.cells).toContain('appeals.litigationAfterReconsideration.pending');
  });

  it('a share of the applications: 予以公开 42.86%, and 6 件，占 42.86%', () => {
    expect(
      proseStatements('予以公开 42.86%。', 2025).map((s) => [s.figure.name, s.kind, s.value, s.decimals]),
    ).toEqual([[DISCLOSED, 'share', 42.86, 2]]);
    expect(read('予以公开 6 件，占 42.86%。')).toEqual([
      [DISCLOSED, 'count', 6, '予以公开 6 件'],
      [DISCLOSED, 'share', 42.86, '予以公开 6 件，占 42.86%'],
    ]);
  });

  it('sums in words: 含上年度转结8件，另有5件转结下年度', () => {
    expect(read('答复 20 件（含上年度转结8件，另有5件转结下年度）。')).toEqual([
      [CARRIED_OVER, 'count', 8, '上年度转结8件'],
      [CARRIED_FORWARD, 'count', 5, '5件转结下年度'],
    ]);
  });

  it('Chinese numerals: 收到申请十五件，上年结转两件', () => {
    expect(read('本年度收到政府信息公开申请十五件，上年结转两件。')).toEqual([
      [NEW, 'count', 15, '收到政府信息公开申请十五件'],
      [CARRIED_OVER, 'count', 2, '上年结转两件'],
    ]);
  });

  it('two subjects in one sentence, each with its own number', () => {
    expect(
      read(
        '2025年共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复）。',
      ),
    ).toEqual([
      [NEW, 'count', 3119, '受理政府信息公开申请 3119 件'],
      [CARRIED_OVER, 'count', 34, '上年度结转申请 34 件'],
      [CARRIED_FORWARD, 'count', 103, '103 件顺延到下年度'],
    ]);
  });
});

describe('proseStatements: a number whose subject is not certain is not read', () => {
  it.each([
    ['a change, not the figure', '收到申请同比增加 3 件。'],
    ['last year’s figure', '上年收到申请 12 件。'],
    ['another year', '2023年收到政府信息公开申请 12 件。'],
    ['a part of the applications (by channel)', '通过网络收到申请 8 件。'],
    ['a part of the applications (by who answers)', '区政府办代表区政府受理政府信息公开申请 17 件。'],
    ['two subjects sharing one number', '行政复议、行政诉讼共 3 件。'],
    ['a negated subject', '未收到申请，无上年结转 0 件。'],
    ['a number in the next clause', '收到申请，办结 9 件。'],
    ['a reason of 不予公开 (a part of it)', '属于国家秘密不予公开 1 件。'],
    ['a count of something else', '予以公开政府信息 200 条。'],
  ])('%s: %s', (_why, text) => {
    expect(read(text)).toEqual([]);
  });
});
