import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importReportText } from './import-text';
import type { ImportSuccess } from './import-result';
import { HONGZE_TABLES } from './test-support/hongze-expected';

const DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
  'fixtures/published-pdf-text',
);

const HONGZE = HONGZE_TABLES;

function imported(name: string, dir = DIR): ImportSuccess {
  const r = importReportText(readFileSync(path.join(dir, name), 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** Every number the importer placed that differs from the PDF's (a missing one is not wrong). */
function wrongNumbers(r: ImportSuccess): string[] {
  const expected = HONGZE as unknown as Record<string, unknown>;
  const at = (p: string): unknown =>
    p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], expected);
  return r.mapped
    .filter((n) => !n.path.includes('otherHandling'))
    .filter((n) => at(n.path) !== n.value)
    .map((n) => `${n.path}=${n.value}`);
}

describe('洪泽区 2024, a PDF viewer’s copy (pdftotext -layout)', () => {
  const r = imported('huaian-hongze-district-2024.pdftotext-layout.txt');

  it('no number placed wrong, no arithmetic error the report does not have', () => {
    expect(wrongNumbers(r)).toEqual([]);
    expect(r.mismatches).toEqual([]);
  });

  it('table 四, fifteen numbers on one line, is read in the page’s column order', () => {
    expect(r.draft.appeals).toEqual(HONGZE.appeals);
  });

  it('tables 二 and 三 are read except the row whose printed label is mistyped (2.其他法律行政止公开)', () => {
    expect(r.draft.proactive).toEqual(HONGZE.proactive);
    expect(r.draft.applications.newReceived).toEqual(HONGZE.applications.newReceived);
    expect(r.draft.applications.results.unavailable.notHeld.natural).toBe(31);
    expect(r.draft.applications.results.withheld.prohibitedByLaw.natural).toBeNull();
    expect(r.unmapped.map((u) => u.text)).toEqual([expect.stringContaining('2.其他法律行政止公开')]);
  });
});

describe('洪泽区 2024, a PDF viewer’s copy (pdftotext, table 三 column by column)', () => {
  const r = imported('huaian-hongze-district-2024.pdftotext.txt');

  it('no number placed wrong: the rows it cannot tie to a label are left unread and listed', () => {
    expect(wrongNumbers(r)).toEqual([]);
    expect(r.mismatches).toEqual([]);
    expect(r.unmapped.some((u) => u.text === '95 0 0 0 0 0 95')).toBe(true);
  });

  it('行政事业性收费, printed after its number 7545, is left unread rather than read as blank', () => {
    expect(r.draft.proactive.feeAmount).toBeNull();
    expect(r.blanks).not.toContain('proactive.feeAmount');
  });

  it('table 四, printed in the page’s order one number a line, is read', () => {
    expect(r.draft.appeals).toEqual(HONGZE.appeals);
  });
});

const COPIES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
  'fixtures/pdf-viewer-copies',
);

describe('海原’s layout with 淮安’s numbers, printed by Chromium and copied with pdftotext -layout', () => {
  const r = imported('haiyuan-layout-huaian-numbers.word-html-chromium.pdftotext-layout.txt', COPIES);

  it('`2.其他   30 1 0 0 0 0 31` (2.其他法律法规禁止公开, its label wrapped) is not 3.其他', () => {
    // the copy prints `3.其他 108 2 0 0 0 0 110` further down
    expect(r.draft.applications.results.otherHandling.other).toEqual({
      natural: 108,
      commercial: 2,
      research: 0,
      nonprofit: 0,
      legal: 0,
      other: 0,
    });
  });

  it('rows whose labels wrap are read by their numbering and first words (`三、本年度办理结果 (一) 予 1288 21 0 0 50 3 1362`), with no arithmetic error the report does not have', () => {
    expect(r.draft.applications.results.disclosed).toEqual({
      natural: 1288,
      commercial: 21,
      research: 0,
      nonprofit: 0,
      legal: 50,
      other: 3,
    });
    expect(r.mismatches).toEqual([]);
  });
});

describe('the app’s print (Chromium) copied with pdftotext: table 二 column by column', () => {
  const r = imported('app-print-chromium.pdftotext.txt', COPIES);

  it('labels first, numbers after (1 0 11 8 26 66 … 96171.6): no row is read as blank, each is listed', () => {
    expect(r.draft.proactive.regulations).toEqual({ issued: null, repealed: null, inForce: null });
    expect(r.draft.proactive.licensing).toBeNull();
    expect(r.draft.proactive.feeAmount).toBeNull();
    expect(r.blanks.filter((p) => p.startsWith('proactive.'))).toEqual([]);
    const listed = r.unmapped.map((u) => u.text);
    expect(listed).toEqual(expect.arrayContaining(['规章', '行政事业性收费', '447228', '96171.6']));
    expect(r.notices.join('')).not.toContain('表二缺少');
  });
});
