import { describe, expect, it } from 'vitest';
import type { DeskRegion, RosterAnswer, RosterUnit } from '../../../api-contract/desk-endpoints';
import { countStatuses, notSubmittedCsv, notSubmittedText, rosterGroups } from './roster-model';

const region = (id: number, parentId: number | null, name: string, depth: number): DeskRegion => ({
  id,
  parentId,
  name,
  level: depth === 0 ? 'city' : 'county',
  depth,
  deadline: null,
  canSetDeadline: depth >= 0,
});

const unit = (id: number, regionId: number, name: string, extra: Partial<RosterUnit> = {}): RosterUnit => ({
  id,
  name,
  regionId,
  status: null,
  revision: null,
  errors: null,
  warnings: null,
  updatedAt: null,
  updatedBy: null,
  deadline: null,
  overdue: false,
  ...extra,
});

const answer: RosterAnswer = {
  year: 2025,
  regions: [
    region(1, null, '某市', 0),
    region(2, 1, '甲县', 1),
    region(3, 1, '乙县', 1),
    region(9, null, '某省', -1),
  ],
  // Not read by the model (the page shows them): the server's counts over every unit.
  total: 0,
  counts: { none: 0, draft: 0, returned: 0, submitted: 0, approved: 0, overdue: 0 },
  units: [
    unit(10, 1, '某市财政局', {
      status: 'approved',
      errors: 0,
      warnings: 1,
      updatedAt: '2026-01-05T02:00:00Z',
    }),
    unit(11, 2, '甲县教育局', { status: 'draft', errors: 3, warnings: 0, updatedAt: '2026-01-09T02:00:00Z' }),
    unit(12, 2, '甲县民政局', { overdue: true, deadline: '2026-01-10' }),
    unit(13, 3, '乙县教育局', {
      status: 'returned',
      errors: 0,
      warnings: 2,
      updatedAt: '2026-01-07T02:00:00Z',
    }),
  ],
};

describe('roster model', () => {
  it('counts each status, the units without a report and the overdue ones', () => {
    expect(countStatuses(answer.units)).toEqual({
      none: 1,
      draft: 1,
      returned: 1,
      submitted: 0,
      approved: 1,
      overdue: 1,
    });
  });

  it('groups by region in tree order, with each subtree subtotal and the trail from the top', () => {
    const groups = rosterGroups(answer, { status: 'all', search: '', sort: 'name' });
    expect(groups.map((g) => [g.region.name, g.trail, g.units.map((u) => u.id)])).toEqual([
      ['某市', [], [10]],
      ['甲县', ['某市'], [11, 12]],
      ['乙县', ['某市'], [13]],
    ]);
    // The city's subtotal covers its counties; the region above the scope is not a group.
    expect(groups[0]?.subtotal.none).toBe(1);
    expect(groups[0]?.subtotal.approved).toBe(1);
    expect(groups[1]?.subtotal).toMatchObject({ none: 1, draft: 1, approved: 0, overdue: 1 });
  });

  it('filters by status, by not submitted and overdue, searches by name, and sorts', () => {
    const ids = (view: Parameters<typeof rosterGroups>[1]) =>
      rosterGroups(answer, view).flatMap((g) => g.units.map((u) => u.id));
    expect(ids({ status: 'none', search: '', sort: 'name' })).toEqual([12]);
    expect(ids({ status: 'not-submitted', search: '', sort: 'name' })).toEqual([11, 12, 13]);
    expect(ids({ status: 'overdue', search: '', sort: 'name' })).toEqual([12]);
    expect(ids({ status: 'all', search: '教育', sort: 'name' })).toEqual([11, 13]);
    expect(ids({ status: 'all', search: '', sort: 'errors' })).toEqual([10, 11, 12, 13]);
    const jia = (sort: 'errors' | 'updated' | 'status') =>
      rosterGroups(answer, { status: 'all', search: '', sort })[1]?.units.map((u) => u.id);
    expect(jia('errors')).toEqual([11, 12]);
    expect(jia('status')).toEqual([12, 11]);
    expect(jia('updated')).toEqual([11, 12]);
  });

  it('lists the units that have not submitted, as lines to paste and as CSV', () => {
    expect(notSubmittedText(answer).split('\n')).toEqual([
      '甲县\t甲县教育局\t草稿',
      '甲县\t甲县民政局\t未开始（逾期）',
      '乙县\t乙县教育局\t退回修改',
    ]);
    const csv = notSubmittedCsv(answer);
    expect(csv.startsWith('\uFEFF地区,单位,状态,截止日期,是否逾期,最后修改时间,最后修改人\r\n')).toBe(true);
    expect(csv).toContain('\r\n甲县,甲县民政局,未开始,2026-01-10,逾期,,\r\n');
    expect(csv).not.toContain('某市财政局');
  });

  it('makes a unit named like a formula inert in the 未提交名单 CSV', () => {
    const hostile: RosterAnswer = {
      ...answer,
      units: [unit(50, 2, '=HYPERLINK("http://evil.example","点我")'), unit(51, 2, '@SUM(1+1)')],
    };
    const csv = notSubmittedCsv(hostile);
    expect(csv).toContain(`\r\n甲县,"'=HYPERLINK(""http://evil.example"",""点我"")",未开始,,,,\r\n`);
    expect(csv).toContain("\r\n甲县,'@SUM(1+1),未开始,,,,\r\n");
  });
});
