/**
 * Every flattening of every fixture whose tables are written down by hand, for the reading-accuracy
 * count (`bench/reading-accuracy.ts`) and the tests: the published reports as they are, each in
 * every flattening style of `flattening-styles.ts`, and the PDF viewers' copies
 * (fixtures/published-pdf-text/, fixtures/pdf-viewer-copies/).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Draft } from '../../report/schema';
import type { ImportSuccess } from '../import-result';
import { FLATTENING_STYLES } from './flattening-styles';
import { withNumbers } from './flatten';
import { HONGZE_NOT_PRINTED, HONGZE_TABLES } from './hongze-expected';
import { HUAIAN_TABLES, PDF_SAMPLE_TABLES, PUBLISHED_TABLES, huaianPrinted } from './published-expected';

export type Tables = Pick<Draft, 'proactive' | 'applications' | 'appeals'>;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (dir: string, name: string) => readFileSync(path.join(ROOT, 'fixtures', dir, name), 'utf8');

export interface ReadingCase {
  readonly report: string;
  readonly flattening: string;
  readonly text: string;
  readonly expected: Tables;
  /** Cells the report does not print (not counted). */
  readonly notPrinted?: readonly string[];
}

/** 海原's tab-separated layout printing 淮安's numbers (non-zero in every table). */
export function gridHuaian(): string {
  return withNumbers(fixture('published', 'haiyuan-jiguan-2024.txt'), huaianPrinted());
}

/** The reports as published (text) and 海原's layout with 淮安's numbers. */
export function baseReports(): Record<string, { text: string; expected: Tables }> {
  return {
    ...Object.fromEntries(
      Object.entries(PUBLISHED_TABLES).map(([name, expected]) => [
        name,
        { text: fixture('published', name), expected },
      ]),
    ),
    '海原 layout with 淮安 numbers': { text: gridHuaian(), expected: HUAIAN_TABLES },
  };
}

/** What each PDF viewer's copy prints, by the file's report part of its name. */
const COPIES: Record<string, { expected: Tables; notPrinted?: readonly string[] }> = {
  'haiyuan-jiguan-2024': { expected: PUBLISHED_TABLES['haiyuan-jiguan-2024.txt'] ?? HUAIAN_TABLES },
  'pingluo-jiguan-2021': { expected: PUBLISHED_TABLES['pingluo-jiguan-2021.txt'] ?? HUAIAN_TABLES },
  'county-jiguan-2023': { expected: PUBLISHED_TABLES['county-jiguan-2023.txt'] ?? HUAIAN_TABLES },
  'haiyuan-layout-huaian-numbers': { expected: HUAIAN_TABLES },
  'app-print-chromium': { expected: PDF_SAMPLE_TABLES },
  'word-export-libreoffice': { expected: PDF_SAMPLE_TABLES },
};

export function pdfViewerCases(): ReadingCase[] {
  const hongze = ['pdftotext', 'pdftotext-layout'].map((how) => ({
    report: '洪泽区 2024 (real PDF)',
    flattening: how,
    text: fixture('published-pdf-text', `huaian-hongze-district-2024.${how}.txt`),
    expected: HONGZE_TABLES,
    notPrinted: HONGZE_NOT_PRINTED,
  }));
  const made = Object.entries(COPIES).flatMap(([name, c]) =>
    ['pdftotext', 'pdftotext-layout'].map((how) => {
      const file = name.startsWith('app-') || name.startsWith('word-') ? name : `${name}.word-html-chromium`;
      return {
        report: name,
        flattening: how,
        text: fixture('pdf-viewer-copies', `${file}.${how}.txt`),
        ...c,
      };
    }),
  );
  return [...hongze, ...made];
}

/** Every case: each base report as it is and in each style that changes it, then the PDF copies. */
export function readingCases(): ReadingCase[] {
  const styled = Object.entries(baseReports()).flatMap(([report, { text, expected }]) => [
    { report, flattening: 'as published', text, expected },
    ...Object.entries(FLATTENING_STYLES).flatMap(([flattening, make]) => {
      const variant = make(text);
      return variant === text ? [] : [{ report, flattening, text: variant, expected }];
    }),
  ]);
  return [...styled, ...pdfViewerCases()];
}

/** Every cell of the three tables as `path → value`. */
export function tableCells(t: Tables): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const walk = (v: unknown, p: string): void => {
    if (v !== null && typeof v === 'object') {
      for (const [k, c] of Object.entries(v)) walk(c, p ? `${p}.${k}` : k);
    } else out.set(p, typeof v === 'number' ? v : null);
  };
  walk(t, '');
  return out;
}

/** Right, left unread, and wrong (a number that is not the printed one) over the printed cells. */
export function scoreReading(r: ImportSuccess, c: Pick<ReadingCase, 'expected' | 'notPrinted'>) {
  const got = tableCells({
    proactive: r.draft.proactive,
    applications: r.draft.applications,
    appeals: r.draft.appeals,
  });
  const skip = new Set(c.notPrinted ?? []);
  const right: string[] = [];
  const unread: string[] = [];
  const wrong: string[] = [];
  for (const [p, v] of tableCells(c.expected)) {
    if (skip.has(p) || v === null) continue;
    const g = got.get(p);
    if (g === v) right.push(p);
    else if (g === null || g === undefined) unread.push(p);
    else wrong.push(`${p}: ${g}, printed ${v}`);
  }
  return { right, unread, wrong };
}
