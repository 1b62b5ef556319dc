// Control characters (U+0000–U+001F except tab and newlines, and U+007F) and lone surrogates
// make invalid XML (.docx), odd file names and invisible differences. They are removed from
// what is typed, pasted, imported and restored, so every export is valid.

// eslint-disable-next-line no-control-regex -- these characters are what this removes
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without control characters and lone surrogates (a carriage return stays). */
export function cleanText(text: string): string {
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '');
}

/** True when cleanText would change the text. */
export function needsCleaning(text: string): boolean {
  CONTROL.lastIndex = 0;
  LONE_SURROGATE.lastIndex = 0;
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}
