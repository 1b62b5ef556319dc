import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../report/rules/check-draft';
import { htmlToText } from './html-to-text';
import type { ImportSuccess } from './import-result';
import { importReportText } from './import-text';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'fixtures/published');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function imported(text: string): ImportSuccess {
  const r = importReportText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('a row of the layout missing from a table that was found is reported', () => {
  it('表二 without its 行政规范性文件 line: the three cells stay empty and the notice names the row', () => {
    const text = read('haiyuan-jiguan-2024.txt').replace('行政规范性文件\t0\t0\t0\n', '');
    const r = imported(text);
    expect(r.draft.proactive.normativeDocuments).toEqual({ issued: null, repealed: null, inForce: null });
    expect(r.notices).toContainEqual(expect.stringContaining('表二缺少“行政规范性文件”一行'));
    expect(r.draft.proactive.regulations).toEqual({ issued: 0, repealed: 0, inForce: 0 });
  });

  it('the report as published has no such notice', () => {
    const r = imported(read('haiyuan-jiguan-2024.txt'));
    expect(r.notices.filter((n) => n.includes('缺少'))).toEqual([]);
  });

  it('表四 whose data row lost a group’s five cells: nothing is guessed, every group is named as missing', () => {
    const text = read('haiyuan-jiguan-2024.txt').replace(
      '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
      '0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
    );
    const r = imported(text);
    expect(r.draft.appeals.litigationAfterReconsideration.upheld).toBeNull();
    expect(r.draft.appeals.reconsideration.upheld).toBeNull();
    expect(r.unmapped).toContainEqual(expect.objectContaining({ reason: expect.stringContaining('10 格') }));
    expect(r.notices).toContainEqual(
      '表四缺少“行政复议”、“行政诉讼（未经复议直接起诉）”、“行政诉讼（复议后起诉）”的数字，相应单元格留空，请核对原报告。',
    );
  });

  it('表三 without its 2.重复申请 row says so', () => {
    const text = read('haiyuan-jiguan-2024.txt').replace(/\t\t2\.重复申请\t[0\t]+\n/, '');
    const r = imported(text);
    expect(r.draft.applications.results.notProcessed.repeated.natural).toBeNull();
    expect(r.notices).toContainEqual(expect.stringContaining('2.重复申请'));
  });
});

describe('a table-二 figure the prose also states (P1) and the table prints otherwise', () => {
  // 淮安: “全年新增公开市政府规章 1 件”, and table 二 prints 规章 本年制发件数 1.
  const huaian = read('huaian-city-2024.txt');

  it('as published: prose and table agree, no notice', () => {
    const r = imported(huaian);
    expect(r.notices.filter((n) => n.includes('文字说明写的是'))).toEqual([]);
  });

  it('one digit changed in the table (1 → 7) is shown in the mapping report and by check', () => {
    const changed = huaian.replace('规章\n\n1\n', '规章\n\n7\n');
    expect(changed).not.toBe(huaian);
    const r = imported(changed);
    expect(r.draft.proactive.regulations.issued).toBe(7);
    expect(r.notices).toContainEqual(
      '第二部分表格中“规章”的“本年制发件数”为 7，但文字说明写的是 1（“新增公开市政府规章 1 件”），请核对。',
    );
    const p1 = checkDraft(r.draft).filter((f) => f.rule === 'P1');
    expect(p1.map((f) => f.path)).toContain('proactive.regulations.issued');
  });

  it('“未制发规范性文件” reads as 0 issued: a table printing 2 is shown', () => {
    const text = read('haiyuan-jiguan-2024.txt').replace(
      '行政规范性文件\t0\t0\t0',
      '行政规范性文件\t2\t0\t0',
    );
    const r = imported(text);
    expect(r.notices).toContainEqual(
      expect.stringContaining('“行政规范性文件”的“本年制发件数”为 2，但文字说明写的是 0'),
    );
  });
});

describe('an HTML page starting with <!DOCTYPE html>', () => {
  it('gives no markup to the agency name', () => {
    const html =
      '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>报告</title></head><body><h1>某某县统计局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></body></html>';
    expect(htmlToText(html).split('\n')[0]).toBe('某某县统计局2024年政府信息公开工作年度报告');
    const r = imported(htmlToText(html));
    expect(r.draft.meta.agencyName).toBe('某某县统计局');
  });

  it('Word’s <![if !supportLists]> and <?xml?> are markup too', () => {
    expect(htmlToText('<?xml version="1.0"?><p><![if !supportLists]>1.<![endif]>规章</p>')).toBe('1.规章');
  });
});

describe('a field the importer shortens is said in the import’s report', () => {
  it('an address longer than the importer takes: the notice names the field and what was left out', () => {
    const text = read('haiyuan-jiguan-2024.txt').replace(
      '地址:海原县政府西街',
      `地址:海原县政府西街${'甲'.repeat(60)}号院`,
    );
    const r = imported(text);
    expect(r.notices).toContainEqual(
      expect.stringMatching(
        /“基本信息 · 地址”没有全部导入：只取了“海原县政府西街甲+”，原文后面还有“甲*号院”/,
      ),
    );
  });

  it('the address taken whole has no such notice', () => {
    expect(
      imported(read('haiyuan-jiguan-2024.txt')).notices.filter((n) => n.includes('没有全部导入')),
    ).toEqual([]);
  });
});
