import { describe, expect, it } from 'vitest';
import { numericField } from '../../report/numeric-fields';
import { gridTable } from '../../report/table-model';
import { typedRows, typedSlots } from './grid-cells';
import { isBlock, parseClipboardBlock, planPaste } from './paste-block';

const target = (id: 'applications' | 'proactive') => ({
  rows: typedRows(typedSlots(gridTable(id).body)),
  kindOf: (p: string) => numericField(p)?.kind ?? 'count',
  nameOf: (p: string) => numericField(p)?.label ?? p,
  excluded: '（七）总计行和总计列',
});

describe('parseClipboardBlock', () => {
  it('splits rows on \\n, \\r\\n or \\r and cells on tabs, dropping one trailing line break', () => {
    expect(parseClipboardBlock('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseClipboardBlock('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseClipboardBlock('7')).toEqual([['7']]);
    expect(parseClipboardBlock('7\n')).toEqual([['7']]);
    expect(parseClipboardBlock('1\t\t3\n')).toEqual([['1', '', '3']]);
  });
  it('tells a block from a single value', () => {
    expect(isBlock([['1']])).toBe(false);
    expect(isBlock([['1', '2']])).toBe(true);
    expect(isBlock([['1'], ['2']])).toBe(true);
  });
});

describe('planPaste', () => {
  it('writes a block row by row over the typed cells, skipping the （七）总计 row', () => {
    const block = parseClipboardBlock(' 1 \t1,234\t３\n\t0\t5\n');
    const plan = planPaste(block, 'applications.results.otherHandling.other.natural', target('applications'));
    expect(plan).toMatchObject({
      ok: true,
      writes: [
        ['applications.results.otherHandling.other.natural', 1],
        ['applications.results.otherHandling.other.commercial', 1234],
        ['applications.results.otherHandling.other.research', 3],
        ['applications.carriedForward.natural', null],
        ['applications.carriedForward.commercial', 0],
        ['applications.carriedForward.research', 5],
      ],
    });
  });

  it('refuses a block that runs past the last typed column or row, naming the start cell', () => {
    const t = target('applications');
    const wide = planPaste([['1', '2', '3']], 'applications.newReceived.legal', t);
    expect(wide.ok).toBe(false);
    if (!wide.ok) expect(wide.message).toContain('1 行 3 列');
    const tall = planPaste([['1'], ['2']], 'applications.carriedForward.natural', t);
    expect(tall.ok).toBe(false);
    if (!tall.ok) expect(tall.message).toContain('四、结转下年度继续办理 · 自然人');
  });

  it('refuses the whole block when one value is not a valid number', () => {
    const plan = planPaste([['1', 'x', '3']], 'applications.newReceived.natural', target('applications'));
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.message).toContain('第 1 行第 2 列“x”');
      expect(plan.message).toContain('只能填写数字');
    }
    expect(planPaste([['1.5', '2']], 'applications.newReceived.natural', target('applications')).ok).toBe(
      false,
    );
    expect(planPaste([['-1', '2']], 'applications.newReceived.natural', target('applications')).ok).toBe(
      false,
    );
  });

  it('uses each target cell’s kind: 行政事业性收费 takes up to 4 decimals', () => {
    const t = target('proactive');
    expect(planPaste([['5'], ['12.3456']], 'proactive.coercion', t)).toMatchObject({
      ok: true,
      writes: [
        ['proactive.coercion', 5],
        ['proactive.feeAmount', 12.3456],
      ],
    });
    expect(planPaste([['12.3'], ['1']], 'proactive.penalty', t).ok).toBe(false);
  });
  it('checks, and does not write, the 总计 of a row copied whole with it', () => {
    const withTotal = {
      ...target('applications'),
      trailingTotal: { label: '总计', rowName: (p: string) => `row of ${p}` },
    };
    const start = 'applications.newReceived.natural';
    const ok = planPaste(parseClipboardBlock('1\t2\t3\t0\t0\t4\t10\n'), start, withTotal);
    expect(ok.ok && ok.writes.length).toBe(6);
    expect(ok.ok && ok.writes.map(([, v]) => v)).toEqual([1, 2, 3, 0, 0, 4]);
    expect(ok.ok && ok.totals).toEqual({ agreed: 1, mismatched: [] });

    const off = planPaste(parseClipboardBlock('1\t2\t3\t0\t0\t4\t10\n5\t\t\t\t\t\t6\n'), start, withTotal);
    expect(off.ok && off.writes.length).toBe(12);
    expect(off.ok && off.totals).toEqual({
      agreed: 1,
      mismatched: [{ row: 'row of applications.carriedOver.natural', pasted: 6, sum: 5 }],
    });
    // without a trailing total (tables 二 and 四), or not from the row's first cell, it is too wide
    expect(planPaste(parseClipboardBlock('1\t2\t3\t0\t0\t4\t10\n'), start, target('applications')).ok).toBe(
      false,
    );
    expect(
      planPaste(parseClipboardBlock('2\t3\t0\t0\t4\t9\n'), 'applications.newReceived.commercial', withTotal)
        .ok,
    ).toBe(false);
  });
});
