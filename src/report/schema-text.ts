import { z } from 'zod/mini';
import { REPORT_YEARS } from './layout/meta-fields';
import { MAX_TEXT_CHARS } from './limits';

/** Any text a draft holds, within the size limit. */
export const textSchema = z
  .string({ error: '必须是文字' })
  .check(z.maxLength(MAX_TEXT_CHARS, { error: `不能超过 ${MAX_TEXT_CHARS} 个字符` }));

/** A report's year: a whole number within REPORT_YEARS. */
export const yearSchema = z.number({ error: '必须是数字' }).check(
  z.refine((v) => Number.isInteger(v), { error: '必须是整数' }),
  z.minimum(REPORT_YEARS.min, { error: `年度不能早于 ${REPORT_YEARS.min} 年` }),
  z.maximum(REPORT_YEARS.max, { error: `年度不能晚于 ${REPORT_YEARS.max} 年` }),
);
