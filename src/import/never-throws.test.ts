import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftSchema } from '../report/schema';
import { parseReportText } from './import-report';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'fixtures/published');
const NAMES = [
  'haiyuan-jiguan-2024.txt',
  'pingluo-jiguan-2021.txt',
  'county-jiguan-2023.txt',
  'huaian-city-2024.txt',
];
const TEXTS = NAMES.map((n) => readFileSync(path.join(FIXTURES, n), 'utf8'));

/** The raw parser (not the guarded entry point) must neither throw nor return an invalid draft. */
function assertSound(text: string): void {
  const r = parseReportText(text, { fallbackYear: 2024 });
  if (r.ok) expect(draftSchema.safeParse(r.draft).success).toBe(true);
  else expect(r.message.length).toBeGreaterThan(0);
}

type Edit =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number }
  | { kind: 'char'; at: number; offset: number; char: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('char' as const),
    at: fc.nat(),
    offset: fc.nat(),
    char: fc.constantFrom(
      '0',
      '9',
      '\t',
      '\n',
      '（',
      ')',
      '、',
      '总计',
      '其他',
      '一、',
      '',
      'x',
      '１',
      '-1-',
    ),
  }),
);

function mutate(text: string, edits: readonly Edit[]): string {
  const lines = text.split('\n');
  for (const e of edits) {
    const i = lines.length === 0 ? 0 : e.at % lines.length;
    const line = lines[i] ?? '';
    if (e.kind === 'delete') lines.splice(i, 1);
    else if (e.kind === 'duplicate') lines.splice(i, 0, line);
    else if (e.kind === 'swap' && i + 1 < lines.length) lines.splice(i, 2, lines[i + 1] ?? '', line);
    else if (e.kind === 'char') {
      const o = line.length === 0 ? 0 : e.offset % line.length;
      lines[i] = line.slice(0, o) + e.char + line.slice(o + 1);
    }
  }
  return lines.join('\n');
}

describe('the parser never throws and only returns valid drafts', () => {
  it('random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => assertSound(s)),
      { numRuns: 300 },
    );
  }, 60_000);

  it('random strings made of report vocabulary', () => {
    const word = fc.constantFrom(
      '一、总体情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '（七）总计',
      '3.其他',
      '总计',
      '\t',
      '\n',
      '0',
      '12',
      '801000081',
      '行政复议',
      '结果维持',
      '第二十条第（一）项',
      '规章',
      '（六）其他处理',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 200 }), (ws) => assertSound(ws.join(''))),
      { numRuns: 300 },
    );
  }, 60_000);

  it('the real reports with lines deleted, duplicated, swapped and characters changed', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: TEXTS.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 40 }),
        (which, edits) => assertSound(mutate(TEXTS[which] ?? '', edits)),
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
