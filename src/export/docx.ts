import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { FileChild } from 'docx';
import { DRAFT_BANNER } from './draft-mark';
import { FIRST_LINE_INDENT, FONTS, PAGE, SIZE, STYLES, STYLE_IDS } from './docx-style';
import { FONT_TABLE_OVERRIDE } from './docx-font-table';
import { docxTable } from './docx-table';
import type { ReportDocument, ReportPart } from './report-document';

/**
 * The report as a Word document (.docx): A4 with GB/T 9704 margins, the headings and
 * paragraphs in 黑体/楷体/仿宋 (East Asian fonts named through `eastAsia`), the three
 * tables with the official merges, page numbers in the footer, the 草稿 mark in the
 * header and at the top on a draft copy. Loaded on demand (`await import('./docx')`):
 * this module does nothing when imported.
 */
const bodyParagraph = (text: string) =>
  new Paragraph({
    children: [new TextRun(text)],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
  });

/** A half-line gap between a table and the heading after it (Word would otherwise join them). */
const afterTable = () => new Paragraph({ spacing: { line: 280, lineRule: LineRuleType.EXACT } });

function partChildren(part: ReportPart): FileChild[] {
  const out: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(part.heading)] }),
  ];
  for (const section of part.sections) {
    if (section.heading) {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.heading)] }));
    }
    out.push(...section.paragraphs.map(bodyParagraph));
  }
  if (part.table) out.push(docxTable(part.table), afterTable());
  return out;
}

const pageNumberFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: FONTS.pageNumber,
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });

const draftHeader = () =>
  new Header({
    children: [new Paragraph({ style: STYLE_IDS.banner, children: [new TextRun(DRAFT_BANNER)] })],
  });

export function buildDocx(doc: ReportDocument): Document {
  const children: FileChild[] = [
    ...(doc.draftMark
      ? [new Paragraph({ style: STYLE_IDS.banner, children: [new TextRun(DRAFT_BANNER)] })]
      : []),
    new Paragraph({ style: STYLE_IDS.title, children: [new TextRun(doc.title)] }),
    ...doc.preamble.map(bodyParagraph),
    ...doc.parts.flatMap(partChildren),
  ];
  return new Document({
    title: doc.title,
    creator: doc.agencyName,
    styles: STYLES,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        headers: doc.draftMark ? { default: draftHeader() } : {},
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
}

/** The .docx file's bytes (works in Node and in the browser). */
export async function renderReportDocx(doc: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocx(doc), false, [FONT_TABLE_OVERRIDE]));
}
