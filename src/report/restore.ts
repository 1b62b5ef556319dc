import type { z } from 'zod/mini';
import { describePath } from './describe-path';
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
      const where = path ? `${describePath(path)}中` : '文件顶层';
      return fileFinding(
        `${where}有不认识的字段“${key}”，本工具无法确定它的含义，因此没有打开该文件。`,
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
    // The parser's own words are English: only where it stopped is passed on.
    const detail = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(detail)?.[1];
    const where = at === undefined ? '' : `（在第 ${Number(at) + 1} 个字符附近）`;
    return {
      ok: false,
      finding: fileFinding(`文件内容不是有效的 JSON，可能已损坏或不完整${where}。`),
    };
  }
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
