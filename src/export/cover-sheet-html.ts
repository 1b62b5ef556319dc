import { metaLabel } from '../report/layout/meta-fields';
import { chineseDate } from '../report/cover-sheet';
import type { CoverSheet } from '../report/cover-sheet';
import { escapeHtml } from './html-escape';
import { FONT_BODY, FONT_HEADING_1, FONT_TITLE } from './report-css';

/**
 * The 报送单 as one A4 page, in the report's GB/T 9704 typography: the same margins as the
 * report's print (37 mm top, 28 mm left, text area 156 mm wide), title 小标宋 二号, text 仿宋 三号
 * (the table in 四号 to keep to one page), labels in 黑体; boxes for the signature, the stamp and
 * the date.
 */
const COVER_CSS = `
@page { size: A4 portrait; margin: 37mm 26mm 30mm 28mm; }
html, body { margin: 0; background: #fff; color: #000; }
.cover-sheet { box-sizing: border-box; max-width: 156mm; margin: 0 auto; font-family: ${FONT_BODY}; font-size: 16pt; line-height: 28pt; }
.cover-sheet h1 { margin: 0 0 14pt; font-family: ${FONT_TITLE}; font-size: 22pt; font-weight: normal; line-height: 1.5; text-align: center; }
.cover-sheet table { width: 100%; border-collapse: collapse; font-size: 14pt; line-height: 1.5; }
.cover-sheet th, .cover-sheet td { border: 1px solid #000; padding: 3pt 6pt; vertical-align: middle; }
.cover-sheet th { width: 60%; font-family: ${FONT_HEADING_1}; font-weight: normal; text-align: left; }
.cover-sheet td.num { font-family: "Times New Roman", ${FONT_BODY}; text-align: right; font-variant-numeric: tabular-nums; }
.cover-sheet .code { font-family: "Courier New", "Noto Sans Mono CJK SC", monospace; font-size: 18pt; letter-spacing: 0.1em; }
.cover-sheet .boxes { display: flex; gap: 6mm; margin-top: 10pt; }
.cover-sheet .box { flex: 1; border: 1px solid #000; height: 42mm; padding: 3pt 6pt; font-family: ${FONT_HEADING_1}; font-size: 14pt; line-height: 1.5; position: relative; }
.cover-sheet .box .date { position: absolute; right: 6pt; bottom: 4pt; font-family: ${FONT_BODY}; }
.cover-sheet .note { margin: 8pt 0 0; font-size: 12pt; line-height: 1.6; }
`;

export function renderCoverSheetHtml(sheet: CoverSheet): string {
  const rows: [string, string, boolean][] = [
    ['报送单位', sheet.agency, false],
    [metaLabel('meta.year'), `${sheet.year} 年`, false],
    ...sheet.figures.map((f): [string, string, boolean] => [f.label, `${f.value} 件`, true]),
    ['审核通过', `${sheet.approvedBy}，${chineseDate(sheet.approvedAt)}`, false],
  ];
  const body = rows
    .map(
      ([label, value, num]) =>
        `<tr><th scope="row">${escapeHtml(label)}</th><td${num ? ' class="num"' : ''}>${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(`${sheet.agency}${sheet.year}年${sheet.title}`)}</title>
<style>${COVER_CSS}</style></head>
<body><main class="cover-sheet">
<h1>${escapeHtml(sheet.title)}</h1>
<table><tbody>${body}
<tr><th scope="row">核对码</th><td><span class="code">${escapeHtml(sheet.code)}</span></td></tr>
</tbody></table>
<div class="boxes">
<div class="box">单位负责人签字<span class="date">年\u3000\u3000月\u3000\u3000日</span></div>
<div class="box">单位盖章<span class="date">年\u3000\u3000月\u3000\u3000日</span></div>
</div>
<p class="note">核对码取自审核通过版本的内容摘要。在本工具的“发布核对”中输入核对码，可确认本报送单与现在审核通过的版本一致；报告再有修改，核对码随之改变。</p>
</main></body></html>
`;
}
