/**
 * The ways government sites flatten a report, applied to a real report's text, for tests.
 * Each takes the text as published (lines, tab-separated cells) and gives it as another site would
 * show it. None of them reads a number: they move characters about, so the numbers a reader writes
 * down from the original are still the right answer for every variant.
 */

const PART_NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;

/** The lines of the text, each split into its trimmed tab cells (empty cells kept). */
function rows(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.split('\t').map((c) => c.trim()));
}

/** A tiny deterministic random sequence (a test must print the same variant every run). */
function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

export type OneLineSpacing = 'none' | 'single' | 'random';

/**
 * A CMS's text extraction: the whole report on one line. Cells are joined with nothing, one space or
 * random spacing (0–2 spaces); lines with nothing between them, so the last cell of a row runs into
 * the next label or heading. Blank cells vanish, and so do markdown heading marks and table rules (a CMS page has none).
 */
export function oneLine(text: string, spacing: OneLineSpacing, seed = 7): string {
  const random = seeded(seed);
  const gap = () =>
    spacing === 'none' ? '' : spacing === 'single' ? ' ' : ' '.repeat(Math.floor(random() * 3));
  return rows(text.replace(/^[ \t]*#{1,6}[ \t]+/gm, ''))
    .filter((cells) => !cells.every((c) => /^-*$/.test(c)) || cells.every((c) => c === ''))
    .map((cells) => cells.filter((c) => c !== '').join(gap()))
    .filter((line) => line !== '')
    .join('');
}

/**
 * One cell per line: every tab cell on a line of its own, indented with a tab, numbers wrapped in
 * U+00A0 (`\t\u00a03`, `\t0\u00a0`), an empty line for a blank cell.
 */
export function cellPerLine(text: string): string {
  const out: string[] = [];
  for (const cells of rows(text)) {
    if (cells.length === 1) {
      out.push(cells[0] ?? '');
      continue;
    }
    cells.forEach((c, i) => {
      if (c === '') out.push('');
      else if (/^\d/.test(c)) out.push(i % 2 === 0 ? `\t\u00a0${c}` : `\t${c}\u00a0`);
      else out.push(`\t${c}`);
    });
  }
  return out.join('\n');
}

/** Markdown-like pipes: `| a | b |` rows, a blank cell as `||` (how some mirror sites copy tables). */
export function pipes(text: string): string {
  return rows(text)
    .map((cells) => (cells.length > 1 ? `| ${cells.join(' | ')} |`.replace(/\|\s+\|/g, '||') : cells[0]))
    .join('\n');
}

export type HeadingStyle = 'no-numeral' | 'part-words' | 'unit-suffix' | 'renumbered';

const LATER_NUMERALS = ['二', '三', '四', '五', '六', '七'] as const;
/** The part a provincial department's outline puts before 主动公开 (`二、工作机制保障`). */
const EXTRA_PART =
  '二、工作机制保障\n\n本机关成立政府信息公开工作领导小组，明确专人负责，健全审核发布制度。\n\n';

/**
 * The six part headings reworded: without their numeral (`主动公开政府信息情况`), as `第三部分 …`,
 * with the unit after them (`三、… （单位：件）`), or renumbered around a part of the agency's own
 * (`二、工作机制保障`, then `三、主动公开政府信息情况` … `七、其他需要报告的事项`).
 */
export function rewordHeadings(text: string, style: HeadingStyle, headings: readonly string[]): string {
  let out = text;
  headings.forEach((heading, i) => {
    const numeral = PART_NUMERALS[i] ?? '';
    const words = heading.replace(/^[一二三四五六]、/, '');
    const line = new RegExp(`^[ \\t#]*${numeral}[、.．]\\s*${words.replace(/[()（）]/g, '.')}[ \\t]*$`, 'm');
    const reworded =
      style === 'no-numeral'
        ? words
        : style === 'part-words'
          ? `第${numeral}部分 ${words}`
          : style === 'renumbered'
            ? i === 0
              ? heading
              : `${i === 1 ? EXTRA_PART : ''}${LATER_NUMERALS[i] ?? ''}、${words}`
            : i >= 1 && i <= 3
              ? `${heading}（单位：件）`
              : heading;
    out = out.replace(line, reworded);
  });
  return out;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const esc = (s: string) => s.replace(/[&<>]/g, (c) => HTML_ESCAPES[c] ?? c);

/**
 * The page as Word or WPS saves it: `<!DOCTYPE html>`, `<p class=MsoNormal>` with inline styles and
 * `<o:p></o:p>`, each run of tab-separated lines a `<table>` whose cells carry styles and `<o:p>`,
 * a blank cell written as `&nbsp;`.
 */
export function wordHtml(text: string): string {
  const body: string[] = [];
  let table: string[][] = [];
  const flush = () => {
    if (table.length === 0) return;
    const width = Math.max(...table.map((r) => r.length));
    body.push(
      '<table class=MsoTableGrid border=1 cellspacing=0 style="border-collapse:collapse;mso-yfti-tbllook:1184">',
    );
    for (const r of table) {
      const tds = r.map(
        (c, i) =>
          `<td width=${i === 0 ? 180 : 60} valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"${
            i === r.length - 1 && r.length < width ? ` colspan=${width - r.length + 1}` : ''
          }><p class=MsoNormal align=center style="text-align:center"><span style="font-family:仿宋_GB2312">${
            c === '' ? '&nbsp;' : esc(c)
          }<o:p></o:p></span></p></td>`,
      );
      body.push(`<tr style="mso-yfti-irow:0">${tds.join('')}</tr>`);
    }
    body.push('</table>');
    table = [];
  };
  for (const cells of rows(text)) {
    if (cells.length > 1) {
      table.push(cells);
      continue;
    }
    flush();
    const line = cells[0] ?? '';
    body.push(
      line === ''
        ? '<p class=MsoNormal><o:p>&nbsp;</o:p></p>'
        : `<p class=MsoNormal style="text-indent:32.0pt;mso-char-indent-count:2.0"><span lang=EN-US style="font-size:16.0pt;font-family:仿宋_GB2312">${esc(line)}<o:p></o:p></span></p>`,
    );
  }
  flush();
  return `<!DOCTYPE html>\n<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>p.MsoNormal{margin:0cm}</style></head><body lang=ZH-CN style="tab-interval:21.0pt">\n${body.join('\n')}\n</body></html>`;
}

/** The numbers of three tables, as a reader wrote them down, in the order the layout prints them. */
export interface PrintedNumbers {
  /** Table 二's value cells, row by row. */
  readonly proactive: readonly (readonly number[])[];
  /** Table 三's rows (seven cells with 总计), in layout order, （七）总计 included. */
  readonly applications: readonly (readonly number[])[];
  /** Table 四's fifteen cells. */
  readonly appeals: readonly number[];
}

/**
 * A report laid out as `text` (a tab-separated grid) printing other numbers: each line of a table
 * part that has number cells gets the next row of `numbers`, cell for cell. The lines of table
 * 二 come first, then 三, then 四 — as every report prints them.
 */
export function withNumbers(text: string, numbers: PrintedNumbers): string {
  const queue = [...numbers.proactive, ...numbers.applications, numbers.appeals];
  return rows(text)
    .map((cells) => {
      const numeric = cells.filter((c) => /^\d+(?:\.\d+)?$/.test(c)).length;
      const next = queue[0];
      if (numeric === 0 || !next || numeric !== next.length) return cells.join('\t');
      queue.shift();
      let k = 0;
      return cells.map((c) => (/^\d+(?:\.\d+)?$/.test(c) ? String(next[k++]) : c)).join('\t');
    })
    .join('\n');
}
