import { describe, expect, it } from 'vitest';
import { APPLICANT_KEYS } from '../layout/applicant-columns';
import { APPEAL_GROUPS, APPEAL_OUTCOMES } from '../layout/appeals-columns';
import { emptyDraft } from '../empty-draft';
import { MATRIX_INPUT_ROWS } from '../matrix-shape';
import { setPath } from '../paths';
import type { Draft } from '../schema';
import { checkDraft } from './check-draft';

/**
 * Tables 三 and 四 of a small agency, every cell filled (0 where nothing was set):
 * 一 本年新收 14, 二 上年结转 3; 予以公开 6, 部分公开 2, 不予公开 1 (国家秘密), 无法提供 3
 * (不掌握); （七）总计 12; 四 结转下年度 5 (14 + 3 = 12 + 5). 行政复议 2 (维持 1, 纠正 1);
 * 行政诉讼 1 (未经复议直接起诉, 维持 1).
 */
function tables(): Draft {
  let d = emptyDraft('某县商务局', 2025);
  for (const row of MATRIX_INPUT_ROWS)
    for (const col of APPLICANT_KEYS) d = setPath(d, `applications.${row.key}.${col}`, 0);
  for (const g of APPEAL_GROUPS)
    for (const o of APPEAL_OUTCOMES) d = setPath(d, `appeals.${g.key}.${o.key}`, 0);
  const set: Record<string, number> = {
    'applications.newReceived.natural': 14,
    'applications.carriedOver.natural': 3,
    'applications.results.disclosed.natural': 6,
    'applications.results.partiallyDisclosed.natural': 2,
    'applications.results.withheld.stateSecret.natural': 1,
    'applications.results.unavailable.notHeld.natural': 3,
    'applications.carriedForward.natural': 5,
    'appeals.reconsideration.upheld': 1,
    'appeals.reconsideration.corrected': 1,
    'appeals.litigationDirect.upheld': 1,
  };
  for (const [path, value] of Object.entries(set)) d = setPath(d, path, value);
  return d;
}

const p1 = (d: Draft, text: string, path = 'overview.onRequest') =>
  checkDraft(setPath(d, path, text))
    .filter((f) => f.rule === 'P1')
    .map((f) => [f.path, f.severity, f.message]);

const NEW = '第三部分表格中“一、本年新收政府信息公开申请数量”一行的“总计”';

describe('P1: the figures of tables 三 and 四 that the prose states', () => {
  it('收到申请 15 件 where table 三 says 14: a warning at the prose, naming 14 (and 14 + 3 carried over)', () => {
    expect(p1(tables(), '本年共收到政府信息公开申请 15 件，均在法定期限内答复。')).toEqual([
      [
        'overview.onRequest',
        'warning',
        `文字说明“收到政府信息公开申请 15 件”，但${NEW}为 14 件（“二、上年结转政府信息公开申请数量”一行的“总计”为 3 件，两者合计 17 件），请核对。`,
      ],
    ]);
  });

  it('收到 may count this year’s applications, or those with last year’s carried over: 14 and 17 both agree', () => {
    expect(p1(tables(), '本年共收到政府信息公开申请 14 件。')).toEqual([]);
    expect(p1(tables(), '本年共受理政府信息公开申请 17 件（含上年结转 3 件）。')).toEqual([]);
  });

  it('prose that agrees with every figure gives no warning', () => {
    const text =
      '2025年共收到政府信息公开申请14件，上年结转3件。其中予以公开6件，部分公开2件，不予公开1件，' +
      '结转下年度5件。发生政府信息公开行政复议2件（维持1件、纠正1件），行政诉讼1件。';
    expect(p1(tables(), text)).toEqual([]);
  });

  it.each([
    ['上年结转 4 件。', '“上年结转 4 件”', '“二、上年结转政府信息公开申请数量”一行的“总计”为 3 件'],
    ['予以公开 7 件。', '“予以公开 7 件”', '“（一）予以公开”一行的“总计”为 6 件'],
    ['部分公开 1 件。', '“部分公开 1 件”', '“（二）部分公开”一行的“总计”为 2 件'],
    ['结转下年度 4 件。', '“结转下年度 4 件”', '“四、结转下年度继续办理”一行的“总计”为 5 件'],
    ['另有 4 件转结下年度。', '“4 件转结下年度”', '“四、结转下年度继续办理”一行的“总计”为 5 件'],
  ])('%s names the table’s figure', (text, excerpt, figure) => {
    expect(p1(tables(), text)).toEqual([
      ['overview.onRequest', 'warning', `文字说明${excerpt}，但第三部分表格中${figure}，请核对。`],
    ]);
  });

  it('行政复议 2 件（维持 2 件、纠正 0 件）: the outcomes of 行政复议 are compared with theirs', () => {
    expect(p1(tables(), '行政复议 2 件（维持 2 件、纠正 0 件）。').map((f) => f[2])).toEqual([
      '文字说明“维持 2 件”，但第四部分表格中“行政复议”的“结果维持”为 1 件，请核对。',
      '文字说明“纠正 0 件”，但第四部分表格中“行政复议”的“结果纠正”为 1 件，请核对。',
    ]);
  });

  it('行政诉讼 3 件 where the two 诉讼 groups count 1', () => {
    expect(p1(tables(), '行政诉讼 3 件。').map((f) => f[2])).toEqual([
      '文字说明“行政诉讼 3 件”，但第四部分表格中“行政诉讼”的“总计”为 1 件，请核对。',
    ]);
  });

  it('Chinese numerals are compared: 收到申请十四件 agrees, 予以公开五件 does not', () => {
    expect(p1(tables(), '本年度收到政府信息公开申请十四件，予以公开五件。').map((f) => f[2])).toEqual([
      '文字说明“予以公开五件”，但第三部分表格中“（一）予以公开”一行的“总计”为 6 件，请核对。',
    ]);
  });

  it('含上年度转结 N 件，另有 N 件转结下年度: both compared; 8 and 5 against 3 and 5', () => {
    expect(p1(tables(), '共办理申请 17 件（含上年度转结8件，另有5件转结下年度）。').map((f) => f[2])).toEqual(
      [
        '文字说明“上年度转结8件”，但第三部分表格中“二、上年结转政府信息公开申请数量”一行的“总计”为 3 件，请核对。',
      ],
    );
  });

  /**
   * Shares: 予以公开 6 of 14 new is 42.857…%, of 14 + 3 = 17 is 35.294…%, of the 12 handled 50%. A share
   * agrees when it is within one unit of its last written decimal of one of these (so both rounding,
   * 42.86, and cutting, 42.85, pass; 42.9 written with one decimal is within 0.1 of 42.857).
   */
  it.each([
    '予以公开 42.86%。',
    '予以公开 42.85%。',
    '予以公开 42.9%。',
    '予以公开 35.29%。',
    '予以公开 50%。',
    '予以公开 43%。',
  ])('share %s agrees', (text) => {
    expect(p1(tables(), text)).toEqual([]);
  });

  it('a share that fits no base is a warning naming the count and the share of 本年新收', () => {
    expect(p1(tables(), '予以公开 6 件，占 60%。').map((f) => f[2])).toEqual([
      '文字说明“予以公开 6 件，占 60%”，但按第三部分表格，“（一）予以公开”一行的“总计”为 6 件，占“一、本年新收政府信息公开申请数量”一行的“总计” 14 件的 43%，请核对。',
    ]);
    expect(p1(tables(), '予以公开 42.80%。')).toHaveLength(1);
  });

  it('a number whose subject is uncertain is not compared', () => {
    expect(
      p1(
        tables(),
        '通过网络收到申请 20 件，收到申请同比增加 9 件，上年收到申请 30 件，行政复议、行政诉讼共 7 件，属于国家秘密不予公开 4 件。',
      ),
    ).toEqual([]);
  });

  it('a blank table is not compared: a draft being written does not contradict itself yet', () => {
    expect(p1(emptyDraft('某局', 2025), '全年共收到政府信息公开申请 12 件。')).toEqual([]);
  });

  it('a figure with one blank cell is not compared', () => {
    const d = setPath(tables(), 'applications.newReceived.legal', null);
    expect(p1(d, '本年共收到政府信息公开申请 15 件。')).toEqual([]);
  });

  it('is read in every prose field, each warning at its own field', () => {
    expect(p1(tables(), '本年共收到政府信息公开申请 15 件。', 'overview.summary').map((f) => f[0])).toEqual([
      'overview.summary',
    ]);
  });
});
