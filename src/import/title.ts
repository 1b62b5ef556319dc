import { REPORT_TITLE_SUFFIX } from '../report/layout/parts';
import type { SourceLine } from './lines';
import { layoutCharacters, toHalfWidthDigits } from './normalize';

export interface TitleInfo {
  readonly agencyName: string;
  readonly year: number | undefined;
  /** How many of the head's lines the title took (index after the title). */
  readonly end: number;
}

/**
 * The title's words after the year, with 工作 optional: many agencies print
 * `…2023年政府信息公开年度报告` (沭阳县发展和改革局).
 */
const REST_OF_TITLE = REPORT_TITLE_SUFFIX.replace(/^年/, '').replace('工作', '(?:工作)?');
const TITLE = new RegExp(`^(.*?)((?:19|20)\\d{2})年度?${REST_OF_TITLE}`);
/** `2019年长沙市体育局政府信息公开工作年度报告`: the year first, as many sites print it. */
const YEAR_FIRST = new RegExp(`^((?:19|20)\\d{2})年度?(.+?)${REST_OF_TITLE}`);
/** How many of the first non-blank lines may come before the title (a page's column name, date…). */
const LINES_BEFORE_TITLE = 8;
const YEAR_ONLY = /^((?:19|20)\d{2})年?度?$/;
const MAX_TITLE_LINES = 3;

function compact(s: string): string {
  return toHalfWidthDigits(s)
    .replace(/\s+/g, '')
    .replace(/^[《“"]+|[》”"]+$/g, '');
}

/**
 * The agency's name from what stands before the year: a title quoted in the preamble's sentence
 * (`根据《条例》规定,现公布区统计局2023年…`, `现发布《海原县…2024年…`) keeps only the words after the
 * sentence's last mark, without the verb that announces it.
 */
function agencyOf(before: string): string {
  const cut = before.split(/[，,。；;：:《》（）()]/).at(-1) ?? '';
  return cut
    .replace(/^(?:现将|现予|现|特)?(?:公布|发布|印发)?/, '')
    .replace(/关于$/, '')
    .trim();
}

/** The title in `joined` (lines already compacted), or undefined. */
function titleIn(joined: string, end: number): TitleInfo | undefined {
  // compared in the layout's characters (a traditional copy), the agency kept as printed
  const m = TITLE.exec(layoutCharacters(joined));
  if (m) {
    return {
      agencyName: joined.slice(0, (m[1] ?? '').length).replace(/^[《“"#*\s]+/, ''),
      year: Number(m[2]),
      end,
    };
  }
  const y = YEAR_FIRST.exec(layoutCharacters(joined));
  if (!y) return undefined;
  // The agency starts right after the year (and 年 or 年度), in the joined text as printed.
  const from = (y[1] ?? '').length + ((y[0] ?? '').startsWith(`${y[1] ?? ''}年度`) ? 2 : 1);
  return { agencyName: joined.slice(from, from + (y[2] ?? '').length), year: Number(y[1]), end };
}

/**
 * The title `<机关名称><年度>年政府信息公开工作年度报告` (or `<年度>年<机关名称>政府信息公开工作年度报告`) from the first lines (it may be split over
 * lines or carry `# `); a line with only the year counts as a title without agency.
 */
export function readTitle(head: readonly SourceLine[]): TitleInfo {
  // Only the first lines can hold the title: a long head (a text with no headings) is not walked.
  const filled: { l: SourceLine; i: number }[] = [];
  for (let i = 0; i < head.length && filled.length < LINES_BEFORE_TITLE + MAX_TITLE_LINES; i++) {
    const l = head[i];
    if (l && l.text.trim() !== '') filled.push({ l, i });
  }
  let withoutAgency: TitleInfo | undefined;
  // The title ends on line b; it starts on b, else one or two lines before (a title broken over
  // lines): the shortest reading that names an agency wins, so a page's lines before it
  // (栏目, 发布时间, 字号) never join the agency.
  for (let b = 0; b < Math.min(filled.length, LINES_BEFORE_TITLE + MAX_TITLE_LINES - 1); b++) {
    for (let a = b; a >= Math.max(0, b - MAX_TITLE_LINES + 1); a--) {
      const joined = filled
        .slice(a, b + 1)
        .map(({ l }) => compact(l.text))
        .join('');
      const found = titleIn(joined, (filled[b]?.i ?? 0) + 1);
      if (!found) continue;
      const agencyName = agencyOf(found.agencyName);
      if (agencyName !== '') return { ...found, agencyName };
      withoutAgency ??= { ...found, agencyName: '' };
    }
  }
  if (withoutAgency) return withoutAgency;
  const first = filled[0];
  const yearOnly = first ? YEAR_ONLY.exec(compact(first.l.text)) : null;
  if (first && yearOnly) return { agencyName: '', year: Number(yearOnly[1]), end: first.i + 1 };
  return { agencyName: '', year: undefined, end: 0 };
}

/** A signature's date line: `2025年1月20日`, `2025 年 1 月`. */
const DATE_LINE = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/;
/** What an agency's name ends with (a whole line of its own, no sentence punctuation). */
const AGENCY_LINE =
  /^[\u4e00-\u9fa5（）()]{3,40}(?:政府|办公室|办公厅|委员会|局|厅|委|办|中心|院|署|所|站|队|馆|会|处|部|社|团|街道|镇|乡)$/;
/** How many of the last non-blank lines may hold the signature. */
const SIGNATURE_LINES = 4;

/**
 * The agency that signs the report at its end (`淮安市洪泽区人民政府` above `2025年1月20日`), for a
 * report whose title does not name it; '' when there is no such signature.
 */
export function agencyFromSignature(lines: readonly SourceLine[]): string {
  // The last lines only, read from the end.
  const tail: string[] = [];
  for (let i = lines.length - 1; i >= 0 && tail.length < SIGNATURE_LINES; i--) {
    const t = compact(lines[i]?.text ?? '');
    if (t !== '') tail.unshift(t);
  }
  for (let i = tail.length - 1; i > 0; i--) {
    const line = tail[i - 1] ?? '';
    if (DATE_LINE.test(tail[i] ?? '') && AGENCY_LINE.test(line)) return line;
  }
  return '';
}

/**
 * The year of the statistical period, when the title has none: its first day
 * (`统计期限为2023年1月1日至…`) or, failing that, its last (`截止2023年12月31日`).
 */
export function yearFromPeriod(text: string): number | undefined {
  const half = toHalfWidthDigits(text);
  const m =
    /((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日/.exec(half) ??
    /(?:截止|截至|至)\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/.exec(half);
  return m ? Number(m[1]) : undefined;
}
