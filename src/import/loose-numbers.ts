/**
 * Loose numbers: a line that holds only numbers (`3`, `3,119`, `12 1 1 6 20`) — one value a line in
 * a PDF's text, or a row's values apart from its label. Tables 三 and 四 read them the same way.
 */
const LOOSE_LINE = /^\d[\d,，]*(?:\s+\d[\d,，]*)*$/;

/** The numbers' texts of a line of loose numbers, in order; undefined for any other line. */
export function looseNumbers(text: string): string[] | undefined {
  const t = text.trim();
  return LOOSE_LINE.test(t) ? t.split(/\s+/) : undefined;
}
