import { describe, expect, it } from 'vitest';
import { checkDraft } from '../report/rules/check-draft';
import type { ImportSuccess } from './import-result';
import { importReportText } from './import-text';
import { oneLine } from './test-support/flatten';
import { gridHuaian } from './test-support/reading-cases';

/** 海原's layout with 淮安's numbers (values below typed from 淮安's PDF, not from the importer). */
const BASE = gridHuaian();

function imported(text: string): ImportSuccess {
  expect(text).not.toBe(BASE);
  const r = importReportText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

const ownErrors = (r: ImportSuccess) =>
  checkDraft(r.draft, { provenance: r.provenance }).filter((f) => f.severity === 'error' && !f.kind);

describe('part 五 under the headings reports give it', () => {
  it.each([
    '五、存在的主要问题及整改措施',
    '五、存在的不足及改进措施',
    '五、存在问题及改进措施',
    '五、存在的问题和下一步工作打算',
  ])('%s: its text is part 五, not missing', (heading) => {
    const r = imported(BASE.replace('五、存在的主要问题及改进情况', heading));
    expect(r.draft.problems.problems).toContain('2024年我中心高度重视政府信息公开工作');
    expect(ownErrors(r)).toEqual([]);
  });
});

describe('part 五 with sub-headings of its own', () => {
  // 海原's part 五 (fixtures/published/haiyuan-jiguan-2024.txt) with the sub-headings reports put
  // over its two paragraphs; the expected words are typed from that file.
  const text = BASE.replace(
    '五、存在的主要问题及改进情况\n\n2024年我中心',
    '五、存在的主要问题及整改措施\n\n（一）存在的主要问题\n\n2024年我中心',
  ).replace('\n\n下一步，我中心将严格', '\n\n（二）整改措施\n\n下一步，我中心将严格');

  it('（一）存在的主要问题 / （二）整改措施: the problems and the improvements each get their paragraph, without the sub-heading', () => {
    expect(text).toContain('（二）整改措施');
    const r = imported(text);
    expect(r.draft.problems.problems.startsWith('2024年我中心高度重视政府信息公开工作')).toBe(true);
    expect(r.draft.problems.problems).toContain('没有我中心专业的政府信息公开平台');
    expect(r.draft.problems.improvements.startsWith('下一步，我中心将严格按照')).toBe(true);
    expect(`${r.draft.problems.problems}${r.draft.problems.improvements}`).not.toMatch(
      /存在的主要问题$|整改措施/,
    );
    expect(ownErrors(r)).toEqual([]);
  });
});

describe('part 五 under a varied heading, in a report run together on one line', () => {
  it('五、存在的主要问题及整改措施 still cuts the text: part 五 is there, not missing', () => {
    const r = imported(
      oneLine(BASE.replace('五、存在的主要问题及改进情况', '五、存在的主要问题及整改措施'), 'single'),
    );
    expect(r.draft.problems.problems).toContain('2024年我中心高度重视政府信息公开工作');
    expect(ownErrors(r)).toEqual([]);
  });
});

describe('a table printed without its part’s heading', () => {
  const without = (heading: string) => BASE.replace(new RegExp(`^.*${heading}.*$`, 'm'), '');

  it('table 二 (its heading left out): found by 第二十条第（一）项, 规章 1 0 11', () => {
    const r = imported(without('二、主动公开政府信息情况'));
    expect(r.draft.proactive.regulations).toEqual({ issued: 1, repealed: 0, inForce: 11 });
    expect(r.notices.join('')).toContain(
      '没有找到“二、主动公开政府信息情况”的标题，已按表格的表头找到这张表格',
    );
  });

  it('table 三: found by its header, 一、本年新收 3001 53 0 0 61 4', () => {
    const r = imported(without('三、收到和处理政府信息公开申请情况'));
    expect(r.draft.applications.newReceived).toEqual({
      natural: 3001,
      commercial: 53,
      research: 0,
      nonprofit: 0,
      legal: 61,
      other: 4,
    });
    expect(r.mismatches).toEqual([]);
  });

  it('table 四: found by its header, 行政复议 72 64 178 37', () => {
    const r = imported(without('四、政府信息公开行政复议、行政诉讼情况'));
    expect(r.draft.appeals.reconsideration).toEqual({ upheld: 72, corrected: 64, other: 178, pending: 37 });
  });

  it('a sentence of prose naming a row does not start a table', () => {
    const text = without('三、收到和处理政府信息公开申请情况').replace(
      '二、主动公开政府信息情况',
      '二、主动公开政府信息情况\n\n本年度“一、本年新收政府信息公开申请数量”一栏按受理登记口径统计，与上年口径一致，特此说明。',
    );
    const r = imported(text);
    expect(r.draft.proactive.regulations).toEqual({ issued: 1, repealed: 0, inForce: 11 });
    expect(r.draft.applications.newReceived.natural).toBe(3001);
  });
});
