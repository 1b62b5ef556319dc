import type { z } from 'zod/mini';
import { describePath, likelyField } from './describe-path';
import { cleanJsonValue, jsonTooDeep } from './json-guard';
import {
  MAX_COMMENTS,
  MAX_DRAFT_FILE_BYTES,
  MAX_HISTORY,
  MAX_JSON_DEPTH,
  excerpt,
  fileTooLarge,
} from './limits';
import type { Finding } from './findings';
import { migrate } from './migrations';
import { numericField } from './numeric-fields';
import { getPath, joinPath } from './paths';
import type { Draft } from './schema';
import { DRAFT_FORMAT, DRAFT_VERSION, draftSchema } from './schema';

export type RestoreResult =
  | { readonly ok: true; readonly draft: Draft; readonly migratedFrom?: number }
  | { readonly ok: false; readonly findings: readonly Finding[] };

function fileFinding(message: string, path = ''): Finding {
  return { rule: 'S', severity: 'error', path, message };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A bad value in a message: a short excerpt, never the whole of a huge value. */
function show(value: unknown): string {
  if (typeof value === 'string') return `“${excerpt(value)}”`;
  if (value === undefined) return '空';
  if (Array.isArray(value)) return `一个列表（${value.length} 项）`;
  if (value !== null && typeof value === 'object') return '一组字段';
  return excerpt(String(value), 40);
}

/** Converts one zod issue to findings: bad numbers are R5, everything else S. */
function issueFindings(issue: z.core.$ZodIssue, input: unknown): Finding[] {
  const path = joinPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const full = path ? `${path}.${key}` : key;
      const where = path ? `“${describePath(path)}”中` : '文件顶层';
      const meant = likelyField(path, key);
      return fileFinding(
        `${where}有不认识的字段“${key}”${meant ? `（是否应为“${meant}”？）` : ''}，本工具无法确定它的含义，因此没有打开该文件。请用保存它的工具重新保存，或改正这个字段名。`,
        full,
      );
    });
  }
  const value = getPath(input, path);
  const where = describePath(path);
  if (value === undefined) {
    return [fileFinding(`缺少“${where}”。`, path)];
  }
  const numeric = numericField(path);
  if (numeric && typeof value === 'number') {
    return [{ rule: 'R5', severity: 'error', path, message: `“${where}”${issue.message}，现为 ${value}。` }];
  }
  return [fileFinding(`“${where}”${issue.message}，现为 ${show(value)}。`, path)];
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; finding: Finding } {
  if (text.length > MAX_DRAFT_FILE_BYTES) {
    return { ok: false, finding: fileFinding(fileTooLarge(text.length, MAX_DRAFT_FILE_BYTES, '草稿文件')) };
  }
  const trimmed = text.replace(/^\uFEFF/, '');
  if (trimmed.trim() === '') return { ok: false, finding: fileFinding('文件是空的，不是草稿文件。') };
  if (jsonTooDeep(trimmed, MAX_JSON_DEPTH)) return { ok: false, finding: tooDeep() };
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch (e) {
    // The parser's own words are English: say what the file seems to be, and what to do, instead.
    return { ok: false, finding: fileFinding(notJsonMessage(trimmed, e instanceof Error ? e.message : '')) };
  }
}

/** The app's action for a published report (the messages below name it; the app links it). */
export const IMPORT_ACTION_LABEL = '导入已发布的报告';
const IMPORT_ACTION = `请用“${IMPORT_ACTION_LABEL}”打开它`;

/** Line and column (from 1) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\n|\r/);
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** Why text that is not JSON is not a draft file: what it looks like, and the right action. */
export function notJsonMessage(text: string, parserDetail: string): string {
  const head = text.slice(0, 2000);
  if (head.startsWith('PK'))
    return `此文件像是 Word 文档（.docx）或压缩文件，不是草稿文件。如果它是已发布的年度报告，${IMPORT_ACTION}。`;
  if (head.startsWith('%PDF'))
    return `此文件像是 PDF 文件，不是草稿文件。如果它是已发布的年度报告，请复制其中的文字，用“${IMPORT_ACTION_LABEL}”粘贴识别。`;
  if (/^\s*<(!doctype|html|head|body|meta|table|div|p)\b/i.test(head))
    return `此文件像是网页（HTML），不是草稿文件。如果它是已发布的年度报告，${IMPORT_ACTION}。`;
  if (/政府信息公开|年度报告|总体情况|主动公开/.test(head) && !/^\s*[{[]/.test(head))
    return `此文件像是已发布的报告，不是草稿文件。${IMPORT_ACTION}。`;
  if (!/^\s*[{[]/.test(head))
    return '此文件不是草稿文件（草稿文件是本工具“保存草稿文件”保存的 .json 文件）。';
  const position = /position (\d+)/.exec(parserDetail)?.[1];
  const where =
    position !== undefined && Number(position) < text.trimEnd().length
      ? (() => {
          const { line, column } = lineAndColumn(text, Number(position));
          return `第 ${line} 行第 ${column} 个字符附近有错`;
        })()
      : '内容在中途结束';
  return `草稿文件已损坏（${where}），可能没有保存完整或被改动过。请打开较早保存的草稿文件，或在保存它的浏览器中重新保存。`;
}

const tooDeep = () =>
  fileFinding(`文件的层次嵌套超过 ${MAX_JSON_DEPTH} 层（草稿文件只有几层），不是有效的草稿文件，没有打开。`);

/** Lists over their limit, checked before the schema walks them. */
function tooMany(value: Record<string, unknown>): Finding | undefined {
  const review = value.review;
  if (!isObject(review)) return undefined;
  const over = (list: unknown, max: number) => Array.isArray(list) && list.length > max;
  if (over(review.comments, MAX_COMMENTS)) {
    const n = (review.comments as unknown[]).length;
    return fileFinding(
      `审核意见有 ${n} 条，超过上限 ${MAX_COMMENTS} 条，没有打开该文件。`,
      'review.comments',
    );
  }
  if (over(review.history, MAX_HISTORY)) {
    const n = (review.history as unknown[]).length;
    return fileFinding(`状态记录有 ${n} 条，超过上限 ${MAX_HISTORY} 条，没有打开该文件。`, 'review.history');
  }
  return undefined;
}

/**
 * The one way in for draft files: JSON text or an already parsed value → a valid,
 * migrated draft, or the findings that explain why not. Never throws.
 */
export function restoreDraft(input: unknown): RestoreResult {
  try {
    return restore(input);
  } catch (e) {
    // Not expected (the limits above keep the schema's walk small); never an exception.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, findings: [fileFinding(`无法读取该草稿文件（${excerpt(detail, 60)}）。`)] };
  }
}

function restore(input: unknown): RestoreResult {
  let parsedValue = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    if (!parsed.ok) return { ok: false, findings: [parsed.finding] };
    parsedValue = parsed.value;
  }
  // Control characters and lone surrogates go; nesting is bounded (no recursion below).
  const cleaned = cleanJsonValue(parsedValue, MAX_JSON_DEPTH);
  if (!cleaned.ok) return { ok: false, findings: [tooDeep()] };
  const value = cleaned.value;
  if (!isObject(value) || value.format !== DRAFT_FORMAT) {
    return {
      ok: false,
      findings: [fileFinding('这不是政府信息公开工作年度报告的草稿文件（缺少格式标记）。', 'format')],
    };
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, findings: [fileFinding(`草稿文件的版本号无效：${show(version)}。`, 'version')] };
  }
  if (version > DRAFT_VERSION) {
    return {
      ok: false,
      findings: [
        fileFinding(
          `该草稿文件由较新版本的工具保存（文件版本 ${version}），本工具只能读取版本 ${DRAFT_VERSION} 及更早的文件，请使用新版工具打开。`,
          'version',
        ),
      ],
    };
  }
  const many = tooMany(value);
  if (many) return { ok: false, findings: [many] };
  const migrated = version < DRAFT_VERSION ? migrate(value, version) : value;
  const result = draftSchema.safeParse(migrated);
  if (!result.success) {
    return { ok: false, findings: result.error.issues.flatMap((i) => issueFindings(i, migrated)) };
  }
  return version < DRAFT_VERSION
    ? { ok: true, draft: result.data, migratedFrom: version }
    : { ok: true, draft: result.data };
}

/** The draft file's text: stable key order (the schema's), two-space indent, final newline. */
export function serializeDraft(draft: Draft): string {
  const parsed = draftSchema.safeParse(draft);
  return `${JSON.stringify(parsed.success ? parsed.data : draft, null, 2)}\n`;
}
