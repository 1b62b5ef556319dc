import { describe, expect, it } from 'vitest';
import { toLines } from './lines';
import type { TextPass, WorkLine } from './text-passes';
import { SEGMENT_PASS, TEXT_PASSES, runLinePasses, workLines } from './text-passes';

function pass(name: string): TextPass {
  const p = TEXT_PASSES.find((x) => x.name === name);
  if (!p) throw new Error(`no pass ${name}`);
  return p;
}

/** The lines after the passes up to and including `name`. */
function upTo(text: string, name: string): WorkLine[] {
  const end = TEXT_PASSES.findIndex((p) => p.name === name);
  return runLinePasses(workLines(text), TEXT_PASSES.slice(0, end + 1));
}

describe('the text passes', () => {
  it('are declared in order, each named once', () => {
    expect(TEXT_PASSES.map((p) => p.name)).toEqual([
      'drop-page-numbers',
      'markdown-heading',
      'clean-markup',
      'pipes-to-cells',
      'split-cells',
      'cell-per-line',
      'drop-table-rules',
      'blank-lines',
    ]);
  });

  it('drop-page-numbers takes out -1-, — 2 — and 第 3 页, keeps a line that only starts like one', () => {
    const kept = pass('drop-page-numbers')
      .run(workLines('-1-\n— 2 —\n第 3 页\n-1- 正文'))
      .map((l) => l.kept);
    expect(kept).toEqual([false, false, false, true]);
  });

  it('markdown-heading remembers `## 一、总体情况` as a heading, not `#1`', () => {
    const lines = pass('markdown-heading').run(workLines('## 一、总体情况\n#1'));
    expect(lines.map((l) => l.markdownHeading)).toEqual([true, false]);
  });

  it('clean-markup drops # and ** and makes full-width digits ASCII', () => {
    expect(upTo('## **一、总体情况** １２', 'clean-markup')[0]?.text).toBe('一、总体情况 12');
  });

  it('pipes-to-cells turns | a | b | into tab cells', () => {
    expect(upTo('| 规章 | 0 | 1 |', 'split-cells')[0]?.cells).toEqual(['规章', '0', '1']);
  });

  it('cell-per-line: a value indented with tabs and U+00A0 is one cell, not a grid row', () => {
    const [line] = upTo('\t\t\u00a03', 'cell-per-line');
    expect(line?.cells).toEqual(['3']);
    expect(line?.text).toBe('3');
    // a row with a leading blank cell and two values stays a grid row
    expect(upTo('\t1\t2', 'cell-per-line')[0]?.cells).toEqual(['', '1', '2']);
  });

  it('drop-table-rules takes out |---|:--:| and keeps a row of dashes meaning blank cells', () => {
    const kept = upTo('|---|:--:|\n规章\t—\t—', 'drop-table-rules').map((l) => l.text);
    expect(kept).toEqual(['规章\t—\t—']);
  });

  it('blank-lines keeps a line of empty cells as a blank line, with no cells', () => {
    const lines = upTo('\t\t\n正文  ', 'blank-lines');
    expect(lines.map((l) => [l.text, l.cells.length])).toEqual([
      ['', 0],
      ['正文', 1],
    ]);
  });

  it('all passes: line numbers are the source’s, dropped lines leave gaps', () => {
    expect(toLines('标题\n-1-\n正文').map((l) => [l.no, l.text])).toEqual([
      [1, '标题'],
      [3, '正文'],
    ]);
  });

  it('segment-run-together runs before the line passes and re-breaks a report on one line', () => {
    const one = `${'某某机关2024年政府信息公开工作年度报告。'.repeat(2)}一、总体情况本年度我局……二、主动公开政府信息情况表格略三、收到和处理政府信息公开申请情况表格略`;
    const out = SEGMENT_PASS.run(one).split('\n');
    expect(out).toContain('一、总体情况');
    expect(out).toContain('二、主动公开政府信息情况');
  });
});
