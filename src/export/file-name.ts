/** Characters Windows, macOS or Linux refuse in a file name. */
const UNSAFE = /[\\/:*?"<>|]/g;
/** Control characters (tabs, new lines…) are not wanted in a file name either. */
const isControl = (ch: string) => ch.charCodeAt(0) < 0x20;
const MAX_BASE_LENGTH = 120;

/** A file name from the report title: unsafe characters become `_`, the extension is added. */
export function reportFileName(title: string, extension: string, suffix = ''): string {
  const safe = [...`${title}${suffix}`].map((ch) => (isControl(ch) ? ' ' : ch)).join('');
  const base = safe.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().slice(0, MAX_BASE_LENGTH);
  return `${base || '政府信息公开工作年度报告'}.${extension}`;
}
