import { FONTS } from './docx-style';

/**
 * `word/fontTable.xml` describing the Chinese fonts the document names, so that Word or
 * WPS on a machine without them substitutes sensibly: 仿宋_GB2312 → 仿宋, 楷体_GB2312 →
 * 楷体, 方正小标宋简体 → 宋体 (altName), all GB2312 (charset 86) fonts. docx writes an
 * empty font table; this one replaces it through Packer's overrides.
 */
interface FontEntry {
  readonly name: string;
  readonly altName?: string;
  readonly panose: string;
  readonly family: 'modern' | 'roman' | 'auto';
  readonly pitch: 'fixed' | 'variable';
}

const ENTRIES: readonly FontEntry[] = [
  {
    name: FONTS.body.eastAsia,
    altName: '仿宋',
    panose: '02010609030101010101',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: FONTS.heading1.eastAsia,
    altName: 'SimHei',
    panose: '02010609060101010101',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: FONTS.heading2.eastAsia,
    altName: '楷体',
    panose: '02010609030101010101',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: FONTS.title.eastAsia,
    altName: '宋体',
    panose: '02000000000000000000',
    family: 'auto',
    pitch: 'variable',
  },
  {
    name: FONTS.pageNumber.eastAsia,
    altName: 'SimSun',
    panose: '02010600030101010101',
    family: 'auto',
    pitch: 'variable',
  },
];

const entryXml = (f: FontEntry) =>
  `<w:font w:name="${f.name}">${f.altName ? `<w:altName w:val="${f.altName}"/>` : ''}` +
  `<w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;

export const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  `<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
  ENTRIES.map(entryXml).join('') +
  '</w:fonts>';

export const FONT_TABLE_OVERRIDE = { path: 'word/fontTable.xml', data: FONT_TABLE_XML } as const;
