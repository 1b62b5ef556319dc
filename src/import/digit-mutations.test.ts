import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importReportText } from './import-text';
import { oneLine, withNumbers } from './test-support/flatten';
import { huaianPrinted } from './test-support/published-expected';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'fixtures/published');
const LAYOUT = readFileSync(path.join(FIXTURES, 'haiyuan-jiguan-2024.txt'), 'utf8');
const PRINTED = huaianPrinted();

/** One digit of one printed number of table 三 or 四 changed to another digit. */
const mutation = fc.record({
  table: fc.constantFrom('applications' as const, 'appeals' as const),
  row: fc.nat({ max: PRINTED.applications.length - 1 }),
  cell: fc.nat({ max: 14 }),
  digit: fc.nat({ max: 9 }),
  at: fc.nat({ max: 6 }),
});

/** The printed numbers with the mutation applied, or undefined when it changes nothing. */
function apply(m: {
  table: 'applications' | 'appeals';
  row: number;
  cell: number;
  digit: number;
  at: number;
}) {
  const rows = PRINTED.applications.map((r) => [...r]);
  const appeals = [...PRINTED.appeals];
  const target = m.table === 'applications' ? rows[m.row] : appeals;
  if (!target) return undefined;
  const index = m.table === 'applications' ? m.cell % 7 : m.cell;
  const digits = String(target[index] ?? 0).split('');
  const at = m.at % digits.length;
  if (digits[at] === String(m.digit) || (at === 0 && m.digit === 0 && digits.length > 1)) return undefined;
  digits[at] = String(m.digit);
  target[index] = Number(digits.join(''));
  return { ...PRINTED, applications: rows, appeals };
}

describe('a changed digit in table 三 or 四 never imports silently', () => {
  it.each([
    ['tab-separated', (t: string) => t],
    ['one line, no separators', (t: string) => oneLine(t, 'none')],
    ['one line, single spaces', (t: string) => oneLine(t, 'single')],
  ])(
    '%s: every such change is shown as a printed total that disagrees, or an ambiguous row',
    (_, style) => {
      fc.assert(
        fc.property(mutation, (m) => {
          const printed = apply(m);
          fc.pre(printed !== undefined);
          if (!printed) return;
          const r = importReportText(style(withNumbers(LAYOUT, printed)));
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          // one digit changed breaks the row's or the group's 总计: the clerk must be told
          expect(r.mismatches.length + r.ambiguous.length).toBeGreaterThan(0);
        }),
        { numRuns: 60 },
      );
    },
    120_000,
  );
});
