import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importReportText } from './import-text';
import type { ImportSuccess } from './import-result';
import { pdfViewerCases, scoreReading } from './test-support/reading-cases';

const COPIES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
  'fixtures/pdf-viewer-copies',
);

function imported(text: string): ImportSuccess {
  const r = importReportText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

const copy = (name: string) => imported(readFileSync(path.join(COPIES, name), 'utf8'));

/** A table-三 row with only 自然人 and 商业企业… as printed (the other columns 0). */
const row = (natural: number, commercial = 0, legal = 0, other = 0) => ({
  natural,
  commercial,
  research: 0,
  nonprofit: 0,
  legal,
  other,
});

describe('every PDF viewer’s copy: no number placed that differs from the hand-written one', () => {
  // The hand-written tables are the source reports' (test-support/published-expected.ts,
  // hongze-expected.ts); a cell left unread is allowed, a wrong one never.
  for (const c of pdfViewerCases()) {
    it(`${c.report} · ${c.flattening}`, () => {
      const s = scoreReading(imported(c.text), c);
      expect(s.wrong).toEqual([]);
      expect(s.right.length + s.unread.length).toBeGreaterThan(0);
    });
  }
});

describe('海原’s layout with 淮安’s numbers (pdftotext -layout): table 三’s wrapped labels and page break', () => {
  // Read by hand from the copy: `(四) 无 1.本机   746   12   0   0   10   1   769` (the number row on
  // the group's line), `8.属于   105 …` with 行政查/询事项 below, a page break before
  // `2.没有   11   0 …   11` and `3.补正   1 …` after it.
  const r = copy('haiyuan-layout-huaian-numbers.word-html-chromium.pdftotext-layout.txt');
  const results = r.draft.applications.results;

  it('1.本机关不掌握…, its numbers on the line of the group label (四) 无法提供: 746 12 0 0 10 1', () => {
    expect(results.unavailable.notHeld).toEqual(row(746, 12, 10, 1));
  });

  it('2.没有现成信息…, right after the page break: 11, and 3.补正后…: 1', () => {
    expect(results.unavailable.needsCreation).toEqual(row(11));
    expect(results.unavailable.stillUnclear).toEqual(row(1));
  });

  it('8.属于行政查询事项, its label wrapped over three lines: 105', () => {
    expect(results.withheld.administrativeQuery).toEqual(row(105));
  });
});

describe('the app’s Word export through LibreOffice (pdftotext -layout): table 二', () => {
  // Read by hand: `规章  1  0  11`, `行政规范性文件  8  26  66`, `行政许可  447228`,
  // `行政处罚  3985758`, `行政强制  88283`, `行政事业性收费  96171.6`.
  const r = copy('word-export-libreoffice.pdftotext-layout.txt');

  it('each row of table 二 as printed', () => {
    expect(r.draft.proactive).toEqual({
      regulations: { issued: 1, repealed: 0, inForce: 11 },
      normativeDocuments: { issued: 8, repealed: 26, inForce: 66 },
      licensing: 447228,
      penalty: 3985758,
      coercion: 88283,
      feeAmount: 96171.6,
    });
  });
});
