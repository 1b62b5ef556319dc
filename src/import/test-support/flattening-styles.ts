import * as OpenCC from 'opencc-js';
import { PARTS } from '../../report/layout/parts';
import { htmlToText } from '../html-to-text';
import { cellPerLine, oneLine, pipes, rewordHeadings, wordHtml } from './flatten';

const HEADINGS = PARTS.map((p) => p.heading);

/** OpenCC, as Taiwan writes it: independent of the importer's own map of traditional forms. */
const TO_TRADITIONAL = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The ways government sites flatten a report's text, each made from a tab-separated report. */
export const FLATTENING_STYLES: Record<string, (text: string) => string> = {
  'one line, no separators': (t) => oneLine(t, 'none'),
  'one line, single spaces': (t) => oneLine(t, 'single'),
  'one line, random spacing': (t) => oneLine(t, 'random'),
  'one cell per line, tabs and U+00A0': cellPerLine,
  'markdown pipes': pipes,
  'headings without numerals': (t) => rewordHeadings(t, 'no-numeral', HEADINGS),
  'headings as 第N部分': (t) => rewordHeadings(t, 'part-words', HEADINGS),
  'headings with （单位：件）': (t) => rewordHeadings(t, 'unit-suffix', HEADINGS),
  'outline renumbered (二、工作机制保障 … 七、)': (t) => rewordHeadings(t, 'renumbered', HEADINGS),
  'Word/WPS HTML': (t) => htmlToText(wordHtml(t)),
  'traditional characters (a mirror site)': (t) => TO_TRADITIONAL(t),
};
