/**
 * A clerk's text as printed paragraphs: every line is a paragraph, blank lines and
 * surrounding spaces (half- or full-width, which clerks use for indenting) are dropped.
 */
export function splitParagraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line.length > 0);
}
