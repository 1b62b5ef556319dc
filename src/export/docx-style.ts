import { AlignmentType, LineRuleType } from 'docx';
import type { IStylesOptions } from 'docx';

/**
 * Page, fonts and paragraph styles of the Word report (GB/T 9704 practice), as data.
 * Lengths in twips (1/1440 inch); font sizes in half-points.
 */
const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: {
    top: twips(37),
    right: twips(26),
    bottom: twips(35),
    left: twips(28),
    header: twips(15),
    footer: twips(23),
  },
} as const;

/** Width of the text area (156 mm). */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

const LATIN = 'Times New Roman';
const font = (eastAsia: string, latin = LATIN) => ({ ascii: latin, hAnsi: latin, cs: latin, eastAsia });

export const FONTS = {
  title: font('方正小标宋简体'),
  body: font('仿宋_GB2312'),
  heading1: font('黑体'),
  heading2: font('楷体_GB2312'),
  pageNumber: font('宋体', '宋体'),
} as const;

export const SIZE = { title: 44, body: 32, table: 21, pageNumber: 28, banner: 28 } as const;

/** 28pt line pitch for body text; tables use single spacing. */
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** First-line indent of two characters at 16pt. */
export const FIRST_LINE_INDENT = 640;

export const STYLE_IDS = {
  title: 'ReportTitle',
  tableText: 'ReportTableText',
  banner: 'DraftBanner',
} as const;

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONTS.body, size: SIZE.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
      paragraph: { spacing: BODY_LINE },
    },
    heading1: {
      run: { font: FONTS.heading1, size: SIZE.body, bold: false, italics: false, color: '000000' },
      paragraph: {
        spacing: BODY_LINE,
        indent: { firstLine: FIRST_LINE_INDENT },
        keepNext: true,
        outlineLevel: 0,
      },
    },
    heading2: {
      run: { font: FONTS.heading2, size: SIZE.body, bold: false, italics: false, color: '000000' },
      paragraph: {
        spacing: BODY_LINE,
        indent: { firstLine: FIRST_LINE_INDENT },
        keepNext: true,
        outlineLevel: 1,
      },
    },
  },
  paragraphStyles: [
    {
      id: STYLE_IDS.title,
      name: 'Report Title',
      basedOn: 'Normal',
      run: { font: FONTS.title, size: SIZE.title },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { line: 720, lineRule: LineRuleType.EXACT, after: 560 },
      },
    },
    {
      id: STYLE_IDS.tableText,
      name: 'Report Table Text',
      basedOn: 'Normal',
      run: { size: SIZE.table },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      },
    },
    {
      id: STYLE_IDS.banner,
      name: 'Draft Banner',
      basedOn: 'Normal',
      run: { font: FONTS.heading1, size: SIZE.banner, color: 'C00000' },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { line: 400, lineRule: LineRuleType.EXACT, after: 280 },
      },
    },
  ],
};
