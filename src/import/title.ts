import { REPORT_TITLE_SUFFIX } from '../report/layout/parts';
import type { SourceLine } from './lines';
import { layoutCharacters, toHalfWidthDigits } from './normalize';

export interface TitleInfo {
  readonly agencyName: string;
  readonly year: number | undefined;
  /** How many of the head's lines the title took (index after the title). */
  readonly end: number;
}

const REST_OF_TITLE = REPORT_TITLE_SUFFIX.replace(/^年/, '');
const TITLE = new RegExp(`^(.*?)((?:19|20)\\d{2})年度?${REST_OF_TITLE}`);
/** `2019年长沙市体育局政府信息公开工作年度报告`: the year first, as many sites print it. */
const YEAR_FIRST = new RegExp(`^((?:19|20)\\d{2})年度?(.+?)${REST_OF_TITLE}`);
const YEAR_ONLY = /^((?:19|20)\d{2})年?度?$/;
const MAX_TITLE_LINES = 3;

function compact(s: string): string {
  return toHalfWidthDigits(s)
    .replace(/\s+/g, '')
    .replace(/^[《“"]+|[》”"]+$/g, '');
}

/**
 * The title `<机关名称><年度>年政府信息公开工作年度报告` (or `<年度>年<机关名称>政府信息公开工作年度报告`) from the first lines (it may be split over
 * lines or carry `# `); a line with only the year counts as a title without agency.
 */
export function readTitle(head: readonly SourceLine[]): TitleInfo {
  const filled = head.map((l, i) => ({ l, i })).filter(({ l }) => l.text.trim() !== '');
  for (let a = 0; a < Math.min(filled.length, 4); a++) {
    let joined = '';
    for (let b = a; b < Math.min(filled.length, a + MAX_TITLE_LINES); b++) {
      joined += compact(filled[b]?.l.text ?? '');
      // compared in the layout's characters (a traditional copy), the agency kept as printed
      const m = TITLE.exec(layoutCharacters(joined));
      if (m) {
        return {
          agencyName: joined.slice(0, (m[1] ?? '').length).replace(/^[《“"#*\s]+/, ''),
          year: Number(m[2]),
          end: (filled[b]?.i ?? 0) + 1,
        };
      }
      const y = YEAR_FIRST.exec(layoutCharacters(joined));
      if (y) {
        const from = (y[0] ?? '').length - REST_OF_TITLE.length - (y[2] ?? '').length;
        return {
          agencyName: joined.slice(from, from + (y[2] ?? '').length),
          year: Number(y[1]),
          end: (filled[b]?.i ?? 0) + 1,
        };
      }
    }
  }
  const first = filled[0];
  const yearOnly = first ? YEAR_ONLY.exec(compact(first.l.text)) : null;
  if (first && yearOnly) return { agencyName: '', year: Number(yearOnly[1]), end: first.i + 1 };
  return { agencyName: '', year: undefined, end: 0 };
}

/** The year of the statistical period (`统计期限为2023年1月1日至…`), when the title has none. */
export function yearFromPeriod(text: string): number | undefined {
  const m = /((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日/.exec(toHalfWidthDigits(text));
  return m ? Number(m[1]) : undefined;
}
