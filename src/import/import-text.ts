import { draftSchema } from '../report/schema';
import type { ImportOptions } from './import-report';
import { parseReportText } from './import-report';
import type { ImportResult } from './import-result';

/**
 * The importer's entry point for text: never throws, and never returns a draft that the
 * draft schema would refuse.
 */
export function importReportText(text: string, options: ImportOptions = {}): ImportResult {
  try {
    const result = parseReportText(text, options);
    if (result.ok && !draftSchema.safeParse(result.draft).success) {
      return {
        ok: false,
        message: '导入时出现内部错误：读出的内容不能构成有效的草稿，请把这份报告发给维护人员。',
      };
    }
    return result;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, message: `导入时出现内部错误（${detail}），请把这份报告发给维护人员。` };
  }
}
