import { describe, expect, it } from 'vitest';
import { emptyDraft } from './empty-draft';
import { setPath } from './paths';
import { guessOwnUnit, reconcile, reconcileScope } from './reconcile';

describe('本级报告与汇总对账', () => {
  it('lists exactly the typed cells that differ, own against sum, blank as 0', () => {
    const own = setPath(
      setPath(emptyDraft('某县', 2025), 'applications.newReceived.natural', 40),
      'appeals.reconsideration.corrected',
      1,
    );
    const sum = setPath(emptyDraft('某县', 2025), 'applications.newReceived.natural', 41);
    expect(reconcile(own, sum)).toEqual([
      {
        path: 'applications.newReceived.natural',
        label: '一、本年新收政府信息公开申请数量 · 自然人',
        own: 40,
        sum: 41,
      },
      { path: 'appeals.reconsideration.corrected', label: '行政复议 · 结果纠正', own: 1, sum: 0 },
    ]);
    expect(reconcile(own, own)).toEqual([]);
  });

  it('never compares the fee figures', () => {
    const own = setPath(emptyDraft('某县', 2025), 'otherMatters.processingFees.noticesSent', 1);
    expect(reconcile(own, emptyDraft('某县', 2025))).toEqual([]);
  });

  it('guesses the unit of the region’s own report from the names, and says what is compared', () => {
    const units = [{ name: '演示县教育局' }, { name: '演示县人民政府办公室' }];
    expect(guessOwnUnit('演示县', units)).toEqual({ name: '演示县人民政府办公室' });
    expect(guessOwnUnit('乙县', units)).toBeUndefined();
    expect(
      reconcileScope({
        regionName: '演示县',
        ownName: '演示县人民政府办公室',
        counted: 2,
        includeOwn: false,
      }),
    ).toBe(
      '比较的是：演示县人民政府办公室报送的演示县本级报告，与演示县及所辖地区 2 个审核通过的单位报告的汇总（不含演示县人民政府办公室自己的报告），逐个比较第二、三、四部分表格中填写的数字。各地做法不同，差异仅供核对，不影响报送。',
    );
  });
});
