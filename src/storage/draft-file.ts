import { decodeText } from '../report/decode-text';
import type { TextEncodingName } from '../report/decode-text';
import { MAX_DRAFT_FILE_BYTES, fileTooLarge } from '../report/limits';
import { REVIEW_STATUS_FILE_WORDS } from '../report/layout/review-status';
import { restoreDraft, serializeDraft } from '../report/restore';
import type { RestoreResult } from '../report/restore';
import type { Draft } from '../report/schema';

/**
 * `某某县商务局-2025-草稿.json`, named by the report's status (草稿/待审核/已退回/已通过);
 * characters file systems refuse become `_`.
 */
export function draftFileName(draft: Pick<Draft, 'meta' | 'review'>): string {
  const agency = draft.meta.agencyName.trim().replace(/[\\/:*?"<>|\s]+/g, '_') || '未命名机关';
  return `${agency}-${draft.meta.year}-${REVIEW_STATUS_FILE_WORDS[draft.review?.status ?? 'draft']}.json`;
}

/** Lets the browser download the draft as its file. */
export function downloadDraftFile(draft: Draft): void {
  const blob = new Blob([serializeDraft(draft)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = draftFileName(draft);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A chosen file's draft (or why not), and the encoding it was read in when it was read. */
export type DraftFileRead = RestoreResult & { readonly encoding?: TextEncodingName };

/** A chosen file → a draft or the findings that explain why not (never throws). */
export async function readDraftFile(file: Pick<File, 'arrayBuffer' | 'size'>): Promise<DraftFileRead> {
  const refuse = (message: string): RestoreResult => ({
    ok: false,
    findings: [{ rule: 'S', severity: 'error', path: '', message }],
  });
  // Refused before it is read: a huge file must not hang the page.
  if (file.size > MAX_DRAFT_FILE_BYTES)
    return refuse(fileTooLarge(file.size, MAX_DRAFT_FILE_BYTES, '草稿文件'));
  let text: string;
  let encoding: TextEncodingName;
  try {
    // UTF-8, UTF-16 with BOM or GB18030/GBK (a draft re-saved by an editor), read right.
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return refuse(decoded.message);
    text = decoded.text;
    encoding = decoded.encoding;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      findings: [{ rule: 'S', severity: 'error', path: '', message: `无法读取该文件（${detail}）。` }],
    };
  }
  return { ...restoreDraft(text), encoding };
}
