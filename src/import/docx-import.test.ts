import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importReportFile } from './import-file';

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const td = (text: string, span: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: [p(text)], ...span });

const Z6 = [0, 0, 0, 0, 0, 0];
/** Table 三 as Word draws it: merged header and label cells (official-tables.png). */
function matrixTable(values: Record<string, number[]>): Table {
  const v = (key: string) => {
    const six = values[key] ?? Z6;
    return [...six, six.reduce((a, b) => a + b, 0)].map((n) => td(String(n)));
  };
  const item = (label: string, key: string, group?: { label: string; rows: number }, outer?: number) =>
    new TableRow({
      children: [
        ...(outer ? [td('三、本年度办理结果', { rowSpan: outer })] : []),
        ...(group ? [td(group.label, { rowSpan: group.rows })] : []),
        td(label),
        ...v(key),
      ],
    });
  const wide = (label: string, key: string, outer?: number) =>
    new TableRow({
      children: [
        ...(outer ? [td('三、本年度办理结果', { rowSpan: outer })] : []),
        td(label, { columnSpan: 2 }),
        ...v(key),
      ],
    });
  const top = (label: string, key: string) =>
    new TableRow({ children: [td(label, { columnSpan: 3 }), ...v(key)] });
  return new Table({
    rows: [
      new TableRow({
        children: [
          td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', {
            columnSpan: 3,
            rowSpan: 3,
          }),
          td('申请人情况', { columnSpan: 7 }),
        ],
      }),
      new TableRow({
        children: [
          td('自然人', { rowSpan: 2 }),
          td('法人或其他组织', { columnSpan: 5 }),
          td('总计', { rowSpan: 2 }),
        ],
      }),
      new TableRow({
        children: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((l) => td(l)),
      }),
      top('一、本年新收政府信息公开申请数量', 'new'),
      top('二、上年结转政府信息公开申请数量', 'carried'),
      wide('（一）予以公开', 'disclosed', 22),
      wide('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partial'),
      item('1.属于国家秘密', 'w1', { label: '（三）不予公开', rows: 8 }),
      ...[
        '2.其他法律行政法规禁止公开',
        '3.危及“三安全一稳定”',
        '4.保护第三方合法权益',
        '5.属于三类内部事务信息',
        '6.属于四类过程性信息',
        '7.属于行政执法案卷',
        '8.属于行政查询事项',
      ].map((l) => item(l, 'w')),
      item('1.本机关不掌握相关政府信息', 'notHeld', { label: '（四）无法提供', rows: 3 }),
      item('2.没有现成信息需要另行制作', 'u'),
      item('3.补正后申请内容仍不明确', 'u'),
      item('1.信访举报投诉类申请', 'petition', { label: '（五）不予处理', rows: 5 }),
      ...[
        '2.重复申请',
        '3.要求提供公开出版物',
        '4.无正当理由大量反复申请',
        '5.要求行政机关确认或重新出具已获取信息',
      ].map((l) => item(l, 'n')),
      item('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'o', {
        label: '（六）其他处理',
        rows: 3,
      }),
      item('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'o'),
      item('3.其他', 'o'),
      wide('（七）总计', 'total'),
      top('四、结转下年度继续办理', 'forward'),
    ],
  });
}

describe('a Word (.docx) report', () => {
  it('is read through mammoth: title, prose and a table with merged cells, every number in place', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            p('某某县司法局2024年政府信息公开工作年度报告'),
            p(
              '本报告依据《中华人民共和国政府信息公开条例》编制。如对本报告有疑问，请与某某县司法局办公室联系（电话：0571-88888888）。',
            ),
            p('一、总体情况'),
            p('（一）主动公开情况。全年主动公开信息120条。'),
            p('（二）依申请公开情况。全年收到申请6件。'),
            p('二、主动公开政府信息情况'),
            p('三、收到和处理政府信息公开申请情况'),
            matrixTable({
              new: [5, 1, 0, 0, 0, 0],
              disclosed: [3, 1, 0, 0, 0, 0],
              notHeld: [1, 0, 0, 0, 0, 0],
              petition: [1, 0, 0, 0, 0, 0],
              total: [5, 1, 0, 0, 0, 0],
            }),
            p('四、政府信息公开行政复议、行政诉讼情况'),
            p('五、存在的主要问题及改进情况'),
            p('政策解读形式单一。'),
            p('六、其他需要报告的事项'),
            p('本年度未收取信息处理费。'),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const r = await importReportFile(bytes, '年报.docx');
    if (!r.ok) throw new Error(r.message);
    expect(r.kind).toBe('docx');
    expect(r.draft.meta).toMatchObject({
      agencyName: '某某县司法局',
      year: 2024,
      contact: { phone: '0571-88888888' },
    });
    expect(r.draft.overview.proactive).toBe('全年主动公开信息120条。');
    expect(r.draft.overview.onRequest).toBe('全年收到申请6件。');
    const a = r.draft.applications;
    expect(a.newReceived).toEqual({
      natural: 5,
      commercial: 1,
      research: 0,
      nonprofit: 0,
      legal: 0,
      other: 0,
    });
    expect(a.carriedOver).toEqual({
      natural: 0,
      commercial: 0,
      research: 0,
      nonprofit: 0,
      legal: 0,
      other: 0,
    });
    expect(a.results.disclosed).toEqual({
      natural: 3,
      commercial: 1,
      research: 0,
      nonprofit: 0,
      legal: 0,
      other: 0,
    });
    expect(a.results.withheld.stateSecret.natural).toBe(0);
    expect(a.results.unavailable.notHeld.natural).toBe(1);
    expect(a.results.notProcessed.petition.natural).toBe(1);
    expect(a.results.otherHandling.other.natural).toBe(0);
    expect(r.mapped.filter((n) => n.path.startsWith('applications.'))).toHaveLength(24 * 6);
    expect(r.blanks).toEqual([]);
    expect(r.mismatches).toEqual([]);
    expect(r.unmapped).toEqual([]);
    expect(r.printedTotals).toContainEqual({ path: 'applications.results.total.total', printed: 6 });
  }, 30_000);
});
