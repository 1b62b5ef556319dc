import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../../../report/fixtures/sample-draft';
import { setPath } from '../../../report/paths';
import { checkDraft } from '../../../report/rules/check-draft';
import { settleWarning, withSettleStates } from '../../../report/settlements';
import type { FindingsAnswer } from '../../../api-contract/desk-endpoints';
import { findingRows, findingsCsv } from './findings-rows';

describe('问题清单 rows', () => {
  const broken = setPath(sampleDraft(), 'applications.newReceived.natural', 43);
  const findings = checkDraft(broken);
  const answer: FindingsAnswer = {
    year: 2025,
    region: { id: 1, name: '某县' },
    total: 1,
    summary: { withProblems: 0, errors: 0, warnings: 0 },
    units: [
      { id: 1, name: '某县教育局', regionName: '某县', status: 'draft', findings },
      { id: 2, name: '某县民政局', regionName: '某县', status: 'approved', findings: [] },
      { id: 3, name: '某县水利局', regionName: '某县', status: null, findings: [] },
    ],
  };

  it('gives one row per finding, errors first, named with the core rule names and cell names', () => {
    const rows = findingRows(answer);
    const own = rows.filter((r) => r.unitId === 1);
    expect(own).toHaveLength(findings.length);
    expect(own[0]).toMatchObject({
      severity: 'error',
      rule: '勾稽关系不平衡',
      where: '三、本年度办理结果 （七）总计 · 自然人',
    });
    expect(rows.filter((r) => r.unitId === 2).map((r) => r.message)).toEqual(['没有发现问题']);
    expect(rows.filter((r) => r.unitId === 3).map((r) => [r.status, r.message])).toEqual([
      ['未开始', '尚未开始填报'],
    ]);
  });

  it('writes the CSV with a header and one line per row', () => {
    const csv = findingsCsv(findingRows(answer));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('地区,单位,报告状态,严重程度,问题类型,位置,说明,处理情况');
    expect(
      lines[1]?.startsWith(
        '某县,某县教育局,草稿,错误,勾稽关系不平衡,三、本年度办理结果 （七）总计 · 自然人,',
      ),
    ).toBe(true);
    expect(lines).toContain('某县,某县水利局,未开始,,,,尚未开始填报,');
    expect(lines).toHaveLength(1 + findings.length + 2);
  });

  it('makes unit and region names like formulas inert in the 问题清单 CSV', () => {
    const csv = findingsCsv(
      findingRows({
        year: 2025,
        region: { id: 1, name: '某县' },
        total: 1,
        summary: { withProblems: 0, errors: 0, warnings: 0 },
        units: [{ id: 7, name: '-1+HYPERLINK("x")', regionName: '+cmd|calc', status: null, findings: [] }],
      }),
    );
    expect(csv).toContain(`\r\n'+cmd|calc,"'-1+HYPERLINK(""x"")",未开始,,,,尚未开始填报,\r\n`);
  });
});

describe('问题清单 rows with settled warnings', () => {
  it('say 未处理 or 已核实 with the words, who and the date, and mark rows open or settled', () => {
    const d = setPath(sampleDraft(), 'meta.contact.postcode', '22330');
    const settled = settleWarning(
      d,
      checkDraft(d),
      { rule: 'R5', path: 'meta.contact.postcode' },
      {
        state: 'verified',
        note: '五位邮编无误',
        by: '王审核',
        role: 'supervisor',
        at: '2027-01-12T09:00:00+08:00',
      },
    );
    if (!settled.ok) throw new Error(settled.message);
    const email = setPath(settled.draft, 'meta.contact.email', 'zwgk');
    const answer: FindingsAnswer = {
      year: 2025,
      region: { id: 1, name: '某县' },
      total: 1,
      summary: { withProblems: 0, errors: 0, warnings: 0 },
      units: [
        {
          id: 1,
          name: '某县教育局',
          regionName: '某县',
          status: 'submitted',
          findings: withSettleStates(email, checkDraft(email)),
        },
      ],
    };
    const rows = findingRows(answer);
    expect(rows.map((r) => [r.path, r.settle, r.settleText])).toEqual([
      ['meta.contact.postcode', 'settled', '已核实：五位邮编无误（王审核，2027-01-12）'],
      ['meta.contact.email', 'open', '未处理'],
    ]);
  });
});
