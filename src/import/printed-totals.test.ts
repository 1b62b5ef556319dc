import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportSuccess } from './import-result';
import { importReportText } from './import-text';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'fixtures/published');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`not exactly one “${from}”`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function imported(text: string): ImportSuccess {
  const r = importReportText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);

describe('printed totals are compared, never copied', () => {
  it('huaian (PDF text): 一 总计 3119→3120, （七）总计 自然人 2932→2933, 复议 总计 351→350 give exactly those three mismatches', () => {
    let text = read('huaian-city-2024.txt');
    text = replaceOnce(text, '\n3119\n', '\n3120\n');
    text = replaceOnce(text, '\n2932\n', '\n2933\n');
    text = replaceOnce(text, '\n351\n', '\n350\n');
    const r = imported(text);
    expect([...r.mismatches].sort(byPath)).toEqual(
      [
        { path: 'applications.newReceived.total', printed: 3120, computed: 3119 },
        { path: 'applications.results.total.natural', printed: 2933, computed: 2932 },
        { path: 'appeals.reconsideration.total', printed: 350, computed: 351 },
      ].sort(byPath),
    );
    // the typed cells are unchanged: the printed totals never reach the draft
    expect(r.draft.applications.newReceived.natural).toBe(3001);
    expect(r.draft.appeals.reconsideration).toEqual({ upheld: 72, corrected: 64, other: 178, pending: 37 });
  });

  it('county (tab-separated): a row 总计, a （七）总计 cell and the 复议 总计 changed → exactly those three', () => {
    let text = read('county-jiguan-2023.txt');
    text = replaceOnce(
      text,
      '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t',
      '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t5\t',
    );
    text = replaceOnce(text, '(七)总计\t\t0\t0\t0\t0\t0\t0\t0\t', '(七)总计\t\t0\t0\t0\t0\t0\t2\t0\t');
    text = replaceOnce(
      text,
      '\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
      '\n0\t0\t0\t0\t3\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
    );
    const r = imported(text);
    expect([...r.mismatches].sort(byPath)).toEqual(
      [
        { path: 'applications.newReceived.total', printed: 5, computed: 0 },
        { path: 'applications.results.total.other', printed: 2, computed: 0 },
        { path: 'appeals.reconsideration.total', printed: 3, computed: 0 },
      ].sort(byPath),
    );
    expect(r.draft.applications.newReceived.other).toBe(0);
  });
});
