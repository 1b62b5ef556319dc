import { describe, expect, it } from 'vitest';
import { readThreeAppealsTables } from './appeals-three-tables';
import { importReportText } from './import-text';
import { readLines } from './lines';
import { gridHuaian } from './test-support/reading-cases';

const HEADER = '结果维持\t结果纠正\t其他结果\t尚未审结\t总计';
/** 淮安市 2024's table 四 as its PDF prints it, typed by hand. */
const RECONSIDERATION = '72\t64\t178\t37\t351';
const DIRECT = '13\t4\t8\t1\t26';
const AFTER = '12\t1\t1\t6\t20';

const read = (text: string) => readThreeAppealsTables(readLines(text));
const valuesOf = (text: string) =>
  Object.fromEntries((read(text)?.numbers ?? []).map((n) => [n.path, n.value]));

describe('table 四 as three one-row tables', () => {
  it('each row is its title’s group (行政复议 / 行政诉讼（未经复议直接起诉） / 行政诉讼（复议后起诉）)', () => {
    const text = `行政复议\n${HEADER}\n${RECONSIDERATION}\n\n行政诉讼（未经复议直接起诉）\n${HEADER}\n${DIRECT}\n\n行政诉讼（复议后起诉）\n${HEADER}\n${AFTER}`;
    expect(valuesOf(text)).toMatchObject({
      'appeals.reconsideration.upheld': 72,
      'appeals.reconsideration.pending': 37,
      'appeals.litigationDirect.upheld': 13,
      'appeals.litigationDirect.other': 8,
      'appeals.litigationAfterReconsideration.upheld': 12,
      'appeals.litigationAfterReconsideration.pending': 6,
    });
    expect(read(text)?.printed).toContainEqual({
      path: 'appeals.litigationAfterReconsideration.total',
      printed: 20,
    });
  });

  it('titles as 表一：…情况 under a 行政诉讼 line, the suits in the other order', () => {
    const text = `表一：行政复议情况\n${HEADER}\n${RECONSIDERATION}\n行政诉讼\n表二：复议后起诉\n${HEADER}\n${AFTER}\n表三：未经复议直接起诉\n${HEADER}\n${DIRECT}`;
    expect(valuesOf(text)).toMatchObject({
      'appeals.litigationDirect.upheld': 13,
      'appeals.litigationAfterReconsideration.upheld': 12,
    });
  });

  it('a table without its title, or without its header, is not read this way', () => {
    expect(
      read(
        `行政复议\n${HEADER}\n${RECONSIDERATION}\n${HEADER}\n${DIRECT}\n行政诉讼（复议后起诉）\n${HEADER}\n${AFTER}`,
      ),
    ).toBeUndefined();
    expect(
      read(
        `行政复议\n${HEADER}\n${RECONSIDERATION}\n行政诉讼（未经复议直接起诉）\n${DIRECT}\n行政诉讼（复议后起诉）\n${HEADER}\n${AFTER}`,
      ),
    ).toBeUndefined();
  });

  it('in a whole report (淮安’s numbers in 海原’s layout), every table-四 cell is read and no printed total disagrees', () => {
    const report = gridHuaian();
    const start = report.indexOf('四、政府信息公开行政复议、行政诉讼情况');
    const end = report.indexOf('五、存在的主要问题及改进情况');
    const three = `四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\n${HEADER}\n${RECONSIDERATION}\n\n行政诉讼（未经复议直接起诉）\n${HEADER}\n${DIRECT}\n\n行政诉讼（复议后起诉）\n${HEADER}\n${AFTER}\n\n`;
    const r = importReportText(report.slice(0, start) + three + report.slice(end));
    if (!r.ok) throw new Error(r.message);
    expect(r.draft.appeals).toEqual({
      reconsideration: { upheld: 72, corrected: 64, other: 178, pending: 37 },
      litigationDirect: { upheld: 13, corrected: 4, other: 8, pending: 1 },
      litigationAfterReconsideration: { upheld: 12, corrected: 1, other: 1, pending: 6 },
    });
    expect(r.mismatches).toEqual([]);
  });
});
