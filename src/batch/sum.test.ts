import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import { subtotalsCsv, sumCsv, sumLines } from './sum-csv';
import { sumDrafts } from './sum-drafts';

describe('county sums', () => {
  const a = sampleDraft();
  const b = setPath(
    setPath(sampleDraft(), 'applications.newReceived.natural', 10),
    'proactive.feeAmount',
    0.0001,
  );
  const total = sumDrafts([a, b], '某县汇总', 2025);

  it('adds every typed number (blank as 0) and keeps amounts exact to their decimals', () => {
    // sample: 自然人 新收 40; b: 10
    expect(total.applications.newReceived.natural).toBe(50);
    expect(total.proactive.licensing).toBe(1523 * 2);
    expect(total.proactive.feeAmount).toBe(12.3457);
  });

  it('gives one line per table row with totals, in official column order', () => {
    const lines = sumLines(total);
    expect(lines).toHaveLength(2 + 1 + 2 + 1 + 25 + 3);
    const newReceived = lines.find((l) => l.label === '一、本年新收政府信息公开申请数量');
    // 自然人 50, 商业企业 10, 科研 0, 公益 2, 法律 4, 其他 2 → 总计 68
    expect(newReceived?.values).toEqual([50, 10, 0, 2, 4, 2, 68]);
    expect(newReceived?.columns).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    const reconsideration = lines.find((l) => l.label === '行政复议');
    expect(reconsideration?.values).toEqual([4, 2, 0, 2, 8]);
  });

  it('writes CSV with a BOM, header lines where columns change', () => {
    const csv = sumCsv(total);
    expect(csv.startsWith('\uFEFF表格,项目,本年制发件数,本年废止件数,现行有效件数\r\n')).toBe(true);
    expect(csv).toContain('\r\n三,一、本年新收政府信息公开申请数量,50,10,0,2,4,2,68\r\n');
    expect(csv).toContain('表格,项目,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计');
    // full-width commas in labels need no quoting; values doubled from the sample (4, 1 → 8, 2)
    expect(csv).toContain(
      '\r\n三,三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形）,8,2,0,0,0,0,10\r\n',
    );
  });

  it("writes every region's subtotal with the region and level in front, a header line per region", () => {
    const csv = subtotalsCsv([
      { name: '某市', level: '市', total },
      { name: '某县', level: '县', total: sumDrafts([sampleDraft()], '某县', 2025) },
    ]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('地区,层级,表格,项目,本年制发件数,本年废止件数,现行有效件数');
    expect(lines).toContain('某市,市,三,一、本年新收政府信息公开申请数量,50,10,0,2,4,2,68');
    expect(lines).toContain('某县,县,三,一、本年新收政府信息公开申请数量,40,5,0,1,2,1,49');
    expect(lines.filter((l) => l.startsWith('地区,层级,表格,项目,本年制发件数')).length).toBe(2);
  });

  it('makes a region named like a formula inert in the 各级小计 CSV', () => {
    const csv = subtotalsCsv([{ name: '=HYPERLINK("http://evil.example")', level: '县', total }]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain(
      `"'=HYPERLINK(""http://evil.example"")",县,三,一、本年新收政府信息公开申请数量,50,10,0,2,4,2,68`,
    );
    expect(lines.filter((l) => l.startsWith('"=') || l.startsWith('=')).length).toBe(0);
  });

  it('keeps the batch 汇总 CSV on the shared writer: no line starts a formula, numbers stay numbers', () => {
    const csv = sumCsv(total);
    const fields = csv
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .flatMap((l) => l.split(','));
    expect(fields.filter((f) => /^["']?[=+@]/.test(f))).toEqual([]);
    expect(csv).toContain(',50,10,0,2,4,2,68\r\n');
  });
});
