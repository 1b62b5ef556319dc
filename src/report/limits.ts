// Limits no real report comes near (a county's whole report is ~30 KB of text, a few dozen
// comments). Anything beyond them is refused at once, in Chinese, naming the limit — so a
// hostile or broken file can neither hang the page nor exhaust memory.

/** A draft file (.json): real ones are 10–60 KB. */
export const MAX_DRAFT_FILE_BYTES = 5 * 1024 * 1024;
/** A published report (.txt/.html/.docx) as a file: pages with inline images run to a few MB. */
export const MAX_REPORT_FILE_BYTES = 30 * 1024 * 1024;
/** What the parts of a .docx may unpack to, read from the zip's directory before inflating. */
export const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Characters in one text field (a long 总体情况 paragraph is ~3,000). */
export const MAX_TEXT_CHARS = 20_000;
/** Review comments in one draft. */
export const MAX_COMMENTS = 2_000;
/** Characters in one reply to a review comment. */
export const MAX_REPLY_CHARS = 2_000;
/** Replies under one review comment. */
export const MAX_REPLIES = 200;
/** Entries of the status history. */
export const MAX_HISTORY = 2_000;
/** Nesting of a draft file's JSON (a real draft nests 5 deep). */
export const MAX_JSON_DEPTH = 32;

/** Bytes in words: “5 MB”, “800 KB”. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}

/** The message for a file over a size limit. */
export function fileTooLarge(bytes: number, limit: number, what: string): string {
  return `文件太大（${formatBytes(bytes)}），超过${what}的上限 ${formatBytes(limit)}，没有打开。真实的报告远小于这个大小，请确认选对了文件。`;
}

/** A short excerpt of a value for a message (never the whole of a huge value). */
export function excerpt(text: string, max = 20): string {
  const chars = Array.from(text.length > max * 4 ? text.slice(0, max * 4) : text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}
