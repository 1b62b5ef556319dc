import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';
import type { Column } from './DataTable';
import { SelectField } from './SelectField';

interface Unit {
  readonly id: number;
  readonly name: string;
  readonly errors: number;
}

const columns: readonly Column<Unit>[] = [
  { header: '单位', cell: (u) => u.name, rowHeader: true },
  { header: '错误', cell: (u) => u.errors, numeric: true, style: (u) => ({ paddingLeft: `${u.id}rem` }) },
];
const units: readonly Unit[] = [
  { id: 1, name: '甲局', errors: 0 },
  { id: 2, name: '乙局', errors: 3 },
];

describe('DataTable', () => {
  it('heads the columns, names each row in its row header and right-aligns the figures', () => {
    const html = renderToStaticMarkup(
      <DataTable
        className="desk-table"
        caption="各单位"
        columns={columns}
        rows={units}
        rowKey={(u) => u.id}
        rowAttributes={(u) => ({ 'data-unit': u.name, className: u.errors ? 'bad' : undefined })}
      />,
    );
    expect(html).toBe(
      '<table class="desk-table"><caption class="visually-hidden">各单位</caption>' +
        '<thead><tr><th scope="col">单位</th><th scope="col">错误</th></tr></thead><tbody>' +
        '<tr data-unit="甲局"><th scope="row">甲局</th><td class="num" style="padding-left:1rem">0</td></tr>' +
        '<tr data-unit="乙局" class="bad"><th scope="row">乙局</th><td class="num" style="padding-left:2rem">3</td></tr>' +
        '</tbody></table>',
    );
  });

  it('puts each group in a tbody of its own under a heading row across every column', () => {
    const html = renderToStaticMarkup(
      <DataTable
        className="t"
        caption="分组"
        captionShown
        columns={columns}
        rowKey={(u) => u.id}
        groupHeadClassName="desk-group"
        groups={[
          { key: 'x', head: '甲县', rows: [units[0] as Unit], attributes: { 'data-region': '甲县' } },
          { key: 'y', head: '乙县', rows: [] },
        ]}
      />,
    );
    expect(html).toContain('<caption>分组</caption>');
    expect(html).toContain(
      '<tbody data-region="甲县"><tr class="desk-group"><th scope="colgroup" colSpan="2">甲县</th></tr>' +
        '<tr><th scope="row">甲局</th>',
    );
    expect(html).toContain(
      '<tbody><tr class="desk-group"><th scope="colgroup" colSpan="2">乙县</th></tr></tbody>',
    );
  });
});

describe('SelectField', () => {
  it('labels its select and marks the chosen option', () => {
    const html = renderToStaticMarkup(
      <SelectField
        id="year"
        label="报告年度"
        short
        className="desk-year"
        value={2024}
        onChange={() => undefined}
        options={[
          { value: 2025, label: '2025 年' },
          { value: 2024, label: '2024 年' },
        ]}
      />,
    );
    expect(html).toContain(
      '<div class="field desk-year"><label class="field-label" for="year">报告年度</label>',
    );
    expect(html).toContain('<select id="year" class="input input-short">');
    expect(html).toContain('<option value="2024" selected="">2024 年</option>');
  });
});
