import type { z } from 'zod/mini';
import { describePath } from './describe-path';
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

function show(value: unknown): string {
  if (typeof value === 'string') return `“${value.length > 20 ? value.slice(0, 20) + '…' : value}”`;
  if (value === undefined) return '空';
  return JSON.stringify(value) ?? String(value);
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
  const trimmed = text.replace(/^\uFEFF/, '');
  if (trimmed.trim() === '') return { ok: false, finding: fileFinding('文件是空的，不是草稿文件。') };
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, finding: fileFinding(`文件内容不是有效的 JSON，可能已损坏（${detail}）。`) };
  }
}

/**
 * The one way in for draft files: JSON text or an already parsed value → a valid,
 * migrated draft, or the findings that explain why not. Never throws.
 */
export function restoreDraft(input: unknown): RestoreResult {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    if (!parsed.ok) return { ok: false, findings: [parsed.finding] };
    value = parsed.value;
  }
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
