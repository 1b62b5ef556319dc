import type { ExportFormat } from '../../export/export-report';

/** What the export section can do: print, or download one format. */
export type ExportAction = 'print' | ExportFormat;

export const EXPORT_ACTIONS: readonly { readonly action: ExportAction; readonly label: string }[] = [
  { action: 'print', label: '打印' },
  { action: 'docx', label: '导出 Word（.docx）' },
  { action: 'html', label: '导出 HTML' },
  { action: 'txt', label: '导出纯文本' },
];
