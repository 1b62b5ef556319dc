import { createHash } from 'node:crypto';
import type { Finding } from '../../report/findings';
import { isError } from '../../report/findings';
import { restoreDraft, serializeDraft } from '../../report/restore';
import { checkDraft } from '../../report/rules/check-draft';
import type { Draft, Review } from '../../report/schema';

/** A document as the server stores it: the draft, its canonical text's SHA-256, its findings counts. */
export interface StoredDocument {
  readonly draft: Draft;
  readonly sha256: string;
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
}

export function storedDocument(draft: Draft): StoredDocument {
  const findings = checkDraft(draft);
  const errors = findings.filter(isError).length;
  return {
    draft,
    sha256: createHash('sha256').update(serializeDraft(draft)).digest('hex'),
    findings,
    errors,
    warnings: findings.length - errors,
  };
}

export type ParsedDocument = { ok: true; draft: Draft } | { ok: false; findings: readonly Finding[] };

/** Whatever a client sent, through the one way in (restoreDraft): a valid draft or the findings. */
export function parseDocument(value: unknown): ParsedDocument {
  return restoreDraft(value);
}

/** A document read back from the database, through restoreDraft like every stored document. */
export function readStored(value: unknown): Draft {
  const restored = restoreDraft(value);
  if (!restored.ok) throw new Error(`数据库中的报告无法读取：${restored.findings[0]?.message ?? ''}`);
  return restored.draft;
}

const EMPTY_REVIEW: Review = { status: 'draft', comments: [], history: [] };

/**
 * Why a client's review block is refused, or undefined. The status, the history and the
 * comments are the server's; a clerk may only mark comments resolved or not.
 */
export function reviewChangeProblem(
  sent: Review | undefined,
  stored: Review | undefined,
): string | undefined {
  const a = sent ?? EMPTY_REVIEW;
  const b = stored ?? EMPTY_REVIEW;
  if (a.status !== b.status) return '报告的状态由服务器记录，不能在文档中修改。';
  if (JSON.stringify(a.history) !== JSON.stringify(b.history))
    return '审核记录由服务器记录，不能在文档中修改。';
  const withoutResolved = (r: Review) => JSON.stringify(r.comments.map((c) => ({ ...c, resolved: false })));
  if (withoutResolved(a) !== withoutResolved(b)) return '审核意见由审核人填写，不能在文档中修改。';
  return undefined;
}
