import type { SourceLine } from './lines';

const ENDS_SENTENCE = /[。！？；：!?;:]$|[。！？][”’」』）)]$/;
/** Numbering that starts a new paragraph or heading (`（一）`, `1.`, `一、`); not `21 个` wrapped from the line before. */
export const PARAGRAPH_MARKER =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d))/;

function lineText(line: SourceLine): string {
  return line.cells
    .filter((c) => c !== '')
    .join(' ')
    .trim();
}

function isHeadingLike(line: SourceLine, text: string): boolean {
  return (
    line.markdownHeading || (PARAGRAPH_MARKER.test(text) && text.length <= 30 && !ENDS_SENTENCE.test(text))
  );
}

function joinWrapped(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * Prose lines → paragraphs. Lines wrapped by a PDF or a copy (even across a blank line) are
 * joined when the line before does not end a sentence; headings and numbered items start anew.
 */
export function paragraphs(lines: readonly SourceLine[]): string[] {
  const out: string[] = [];
  let current = '';
  let currentIsHeading = false;
  for (const line of lines) {
    const text = lineText(line);
    if (text === '') continue;
    const heading = isHeadingLike(line, text);
    const startsNew =
      current === '' ||
      heading ||
      currentIsHeading ||
      ENDS_SENTENCE.test(current) ||
      PARAGRAPH_MARKER.test(text);
    if (startsNew) {
      if (current !== '') out.push(current);
      current = text;
    } else {
      current = joinWrapped(current, text);
    }
    currentIsHeading = heading;
  }
  if (current !== '') out.push(current);
  return out;
}

/** Paragraphs as the draft stores prose: one per line. */
export function proseText(lines: readonly SourceLine[]): string {
  return paragraphs(lines).join('\n');
}
