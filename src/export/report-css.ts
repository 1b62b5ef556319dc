/**
 * The stylesheet of the printed report, shared by the HTML export, print, and the in-app
 * report view. Everything but `@page` is scoped to `.gov-report`.
 *
 * GB/T 9704 practice: A4, text area 156 × 225 mm (top 37 mm, left 28 mm); title in 小标宋
 * 二号 (22pt); body 仿宋 三号 (16pt), about 28pt line pitch; 一级标题 黑体, 二级标题 楷体;
 * page number 四号 (14pt) between two dashes below the text area. The official fonts are
 * rarely present outside Windows/WPS, so each stack ends in Noto CJK SC.
 */
import { GRID_TABLES } from '../report/table-model';
import type { GridTable } from '../report/table-model';
import { TABLE_SCROLL_CLASS, TABLE_SCROLL_HINT } from './html-cell';
import { phoneWidths } from './phone-widths';

export const FONT_TITLE =
  '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif';
export const FONT_BODY =
  '"仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif';
export const FONT_HEADING_1 =
  '"黑体", "SimHei", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
export const FONT_HEADING_2 =
  '"楷体_GB2312", "楷体", "KaiTi", "KaiTi_GB2312", "STKaiti", "Noto Serif CJK SC", "Source Han Serif SC", serif';
export const FONT_PAGE_NUMBER = '"宋体", "SimSun", "Times New Roman", "Noto Serif CJK SC", serif';

/** The phone rules apply up to this width; print never sees them. */
const PHONE_MAX_PX = 720;
/** The report's side padding and the tables' text size on a phone (the tables' em widths count in it). */
const PHONE_SIDE_PX = 12;
const PHONE_TABLE_FONT_PX = 12;

/** Text in a CSS string: the few characters that would end or escape it, escaped. */
const cssString = (text: string) =>
  `"${text.replace(/["\\\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/**
 * One table on a phone, from its own grid (`phoneWidths`): em widths in place of the print
 * widths (inline percentages), so the pinned columns' offsets are known; the table fills the
 * screen when it fits. Where it does not fit, a line 左右滑动查看全表 shows above it.
 */
function phoneTableCss(table: GridTable): { readonly widths: string; readonly hint: string } {
  const { columns, pinLeft, width } = phoneWidths(table);
  const t = `.gov-report .table-${table.id}`;
  const usual = mostCommon(columns);
  const scrollsBelow = Math.min(PHONE_MAX_PX, Math.ceil(width * PHONE_TABLE_FONT_PX + 2 * PHONE_SIDE_PX + 2));
  const widths = [
    `  .gov-report .report-table.table-${table.id} {\n    width: max(100%, ${width}em);\n  }`,
    `  ${t} col {\n    width: ${usual}em !important;\n  }`,
    ...columns.map((w, i) =>
      w === usual ? '' : `  ${t} col:nth-child(${i + 1}) {\n    width: ${w}em !important;\n  }`,
    ),
    ...pinLeft.map((left, i) => (i === 0 ? '' : `  ${t} .pin-${i} {\n    left: ${left}em;\n  }`)),
  ]
    .filter(Boolean)
    .join('\n');
  const hint = `@media screen and (max-width: ${scrollsBelow}px) {
  .gov-report .${TABLE_SCROLL_CLASS}-${table.id}::before {
    content: ${cssString(TABLE_SCROLL_HINT)};
  }
}`;
  return { widths, hint };
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? 0;
}

const PHONE_TABLES = GRID_TABLES.map(phoneTableCss);

/**
 * Screens narrower than the A4 text (phones): plain margins, smaller type, and each
 * table in its own sideways-scrolling box with the row-label columns pinned at the left
 * (\`cell-pin pin-<column>\`, from \`tablePins\`), so every number stays beside its label
 * and under its column header. Print never sees these rules.
 */
const PHONE_CSS = `
@media screen and (max-width: ${PHONE_MAX_PX}px) {
  .gov-report {
    max-width: none;
    padding: 16px ${PHONE_SIDE_PX}px 28px;
    font-size: 16px;
    line-height: 1.8;
  }
  .gov-report .report-title {
    margin-bottom: 16px;
    font-size: 21px;
  }
  .gov-report .part-heading,
  .gov-report .section-heading {
    font-size: 17px;
    line-height: 1.8;
  }
  /* A right edge that fades while there is more of the table to the right: the shadow stays
     at the box's edge, the white cover travels with the table's end and hides it there. */
  .gov-report .${TABLE_SCROLL_CLASS} {
    margin: 6px 0 14px;
    overflow-x: auto;
    background:
      linear-gradient(to right, rgba(255, 255, 255, 0), #fff 50%) 100% 0 / 28px 100% no-repeat local,
      linear-gradient(to right, rgba(0, 0, 0, 0), rgba(0, 0, 0, 0.18)) 100% 0 / 12px 100% no-repeat scroll;
  }
  /* Its words 左右滑动查看全表 (the content, per table, only where that table is too wide). */
  .gov-report .${TABLE_SCROLL_CLASS}::before {
    display: block;
    position: sticky;
    left: 0;
    padding: 0 0 2px;
    color: #555;
    font-size: 13px;
    line-height: 1.5;
    text-align: left;
  }
  .gov-report .report-table,
  .gov-report .report-table.table-appeals {
    margin: 0;
    font-size: ${PHONE_TABLE_FONT_PX}px;
    line-height: 1.4;
    border-collapse: separate;
    border-spacing: 0;
    border-top: 1px solid #000;
    border-left: 1px solid #000;
  }
  .gov-report .report-table th,
  .gov-report .report-table td {
    box-sizing: border-box;
    padding: 3px 2px;
    border-width: 0 1px 1px 0;
  }
  .gov-report .report-table .cell-pin {
    position: sticky;
    z-index: 1;
    background: #fff;
  }
  /* The table's own left border scrolls away with it; a pinned first column draws its own. */
  .gov-report .report-table .pin-0 {
    left: 0;
    box-shadow: inset 1px 0 #000;
  }
${PHONE_TABLES.map((t) => t.widths).join('\n')}
}
${PHONE_TABLES.map((t) => t.hint).join('\n')}
`;

export const REPORT_CSS = `
@page {
  size: A4 portrait;
  margin: 37mm 26mm 35mm 28mm;
  @bottom-center {
    content: "— " counter(page) " —";
    font-family: ${FONT_PAGE_NUMBER};
    font-size: 14pt;
    vertical-align: top;
    padding-top: 7mm;
  }
}
.gov-report {
  position: relative;
  box-sizing: border-box;
  max-width: 210mm;
  margin: 0 auto;
  padding: 25mm 26mm 25mm 28mm;
  background: #fff;
  color: #000;
  font-family: ${FONT_BODY};
  font-size: 16pt;
  line-height: 28pt;
  text-align: justify;
  overflow-wrap: anywhere;
}
.gov-report p {
  margin: 0;
  text-indent: 2em;
}
.gov-report .report-title {
  margin: 0 0 28pt;
  word-break: keep-all;
  font-family: ${FONT_TITLE};
  font-size: 22pt;
  font-weight: normal;
  line-height: 1.5;
  text-align: center;
  text-indent: 0;
}
.gov-report .part-heading,
.gov-report .section-heading {
  margin: 0;
  font-size: 16pt;
  font-weight: normal;
  line-height: 28pt;
  text-indent: 2em;
  break-after: avoid;
}
.gov-report .part-heading {
  font-family: ${FONT_HEADING_1};
}
.gov-report .section-heading {
  font-family: ${FONT_HEADING_2};
}
.gov-report .report-table {
  width: 100%;
  margin: 6pt 0 12pt;
  border-collapse: collapse;
  table-layout: fixed;
  font-size: 10.5pt;
  line-height: 1.35;
  text-align: center;
  text-indent: 0;
}
.gov-report .report-table th,
.gov-report .report-table td {
  padding: 2pt 2pt;
  border: 1px solid #000;
  font-weight: normal;
  text-align: center;
  vertical-align: middle;
  overflow-wrap: anywhere;
  box-decoration-break: clone;
}
.gov-report .report-table .cell-value {
  font-family: "Times New Roman", ${FONT_BODY};
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
}
.gov-report .report-table.table-appeals {
  font-size: 10pt;
}
.gov-report .report-table thead {
  display: table-header-group;
}
.gov-report .report-table tr {
  break-inside: avoid;
}
/* A row that starts a merged label (三、本年度办理结果 spans 22 rows) would otherwise be
   unbreakable as a whole, pushing the matrix to a new page: let the merged cell break,
   keep every other cell of the row in one piece. (A class, not a :has selector: Chromium
   before 105 drops a rule with :has.) */
.gov-report .report-table tr.row-merge {
  break-inside: auto;
}
.gov-report .report-table tr > :not([rowspan]) {
  break-inside: avoid;
}
/* Table 二's blocks (a 第二十条 heading, its column headers and rows) are one tbody each,
   kept on one page. */
.gov-report .report-table.table-proactive tbody {
  break-inside: avoid;
}
.gov-report .visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}
.gov-report .draft-banner {
  margin: 0 0 14pt;
  padding: 4pt;
  border: 1.5pt solid #c00000;
  color: #c00000;
  font-family: ${FONT_HEADING_1};
  font-size: 14pt;
  line-height: 1.4;
  text-align: center;
  text-indent: 0;
}
.gov-report .draft-watermark {
  position: absolute;
  top: 120mm;
  left: 0;
  right: 0;
  z-index: 1;
  color: rgba(192, 0, 0, 0.12);
  font-family: ${FONT_HEADING_1};
  font-size: 120pt;
  line-height: 1;
  text-align: center;
  text-indent: 0;
  transform: rotate(-35deg);
  pointer-events: none;
  user-select: none;
}
/* Drawn from an attribute: decoration, not text (screen readers and contrast checks skip it). */
.gov-report .draft-watermark::before {
  content: attr(data-mark);
}
${PHONE_CSS}
@media print {
  .gov-report {
    max-width: none;
    margin: 0;
    padding: 0;
  }
  .gov-report .draft-watermark {
    position: fixed;
    top: 40%;
  }
}
`;
