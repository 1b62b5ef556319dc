/** Characters Windows, macOS or Linux refuse in a file name (and control characters). */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;
const MAX_BASE_LENGTH = 120;

/** A file name from the report title: unsafe characters become `_`, the extension is added. */
export function reportFileName(title: string, extension: string, suffix = ''): string {
  const base = `${title}${suffix}`.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().slice(0, MAX_BASE_LENGTH);
  return `${base || '政府信息公开工作年度报告'}.${extension}`;
}
