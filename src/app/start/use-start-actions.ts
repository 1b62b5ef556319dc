import { useState } from 'react';
import { emptyDraft } from '../../report/empty-draft';
import type { Finding } from '../../report/findings';
import type { Draft } from '../../report/schema';
import { readDraftFile } from '../../storage/draft-file';
import { THIS_TAB } from '../../storage/broadcast-tab-channel';
import { replaceDraft } from '../../storage/draft-store';
import type { DraftRecord } from '../../storage/draft-record';
import { newDraftId } from '../../storage/new-draft-id';
import { findDraftFor } from '../drafts/find-draft';
import { useDrafts } from '../drafts/repository-context';
import { reportHash } from '../routing/route';
import { navigate } from '../routing/use-route';
import { requestFocus } from '../wizard/focus-request';
import { noteOnOpen } from '../wizard/open-notice';
import { encodingNote } from '../../report/decode-text';
import type { TextEncodingName } from '../../report/decode-text';

/** The first field of 基本信息. */
const FIRST_FIELD = 'meta.agencyName';

/** What the start page is asking the clerk, if anything. */
export type StartQuestion =
  | { readonly kind: 'exists'; readonly record: DraftRecord }
  | {
      readonly kind: 'replace';
      readonly record: DraftRecord;
      readonly draft: Draft;
      readonly fileName: string;
      readonly encoding: TextEncodingName | undefined;
    }
  | { readonly kind: 'delete'; readonly record: DraftRecord };

export interface FileProblem {
  readonly fileName: string;
  readonly findings: readonly Finding[];
}

/** The start page's actions: new report, open a file, load the example, delete. */
export function useStartActions(records: readonly DraftRecord[], refresh: () => Promise<void>) {
  const { repository, journal, reportStorageProblem } = useDrafts();
  const [question, setQuestion] = useState<StartQuestion | null>(null);
  const [fileProblem, setFileProblem] = useState<FileProblem | null>(null);

  const store = async (id: string, draft: Draft) => {
    try {
      await replaceDraft(repository, journal, id, draft, THIS_TAB);
    } catch (e) {
      reportStorageProblem(`保存草稿失败（${e instanceof Error ? e.message : String(e)}）`);
      throw e;
    }
  };
  const open = (id: string) => navigate(reportHash(id, 'basics'));
  /** A file not in UTF-8 opens with a note saying how it was read (GBK from an old editor…). */
  const noteEncoding = (id: string, fileName: string, encoding: TextEncodingName | undefined) => {
    if (encoding && !encoding.startsWith('UTF-8'))
      noteOnOpen(id, `草稿文件“${fileName}”${encodingNote(encoding)}，请核对机关名称等文字是否正确。`);
  };

  /** A new draft of that agency and year, or the question whether to open the existing one. */
  const create = async (
    draft: Draft,
    focus?: string,
    file?: { name: string; encoding?: TextEncodingName },
  ) => {
    const existing = findDraftFor(records, draft.meta.agencyName, draft.meta.year);
    if (existing) return setQuestion({ kind: 'exists', record: existing });
    const id = newDraftId();
    await store(id, draft);
    if (file) noteEncoding(id, file.name, file.encoding);
    if (focus) requestFocus(focus);
    open(id);
  };

  return {
    question,
    fileProblem,
    dismiss: () => setQuestion(null),
    // A new report opens on its first field, ready to type (not on the page's top).
    createNew: (agencyName: string, year: number) => create(emptyDraft(agencyName, year), FIRST_FIELD),
    loadSample: async () => {
      // The example is 2.7 KB of text the first load does without: loaded when asked for.
      const { sampleDraft } = await import('../../report/fixtures/sample-draft');
      const sample = sampleDraft();
      const existing = findDraftFor(records, sample.meta.agencyName, sample.meta.year);
      if (existing) return open(existing.id);
      await create(sample);
    },
    openFile: async (file: File) => {
      const result = await readDraftFile(file);
      if (!result.ok) return setFileProblem({ fileName: file.name, findings: result.findings });
      setFileProblem(null);
      const existing = findDraftFor(records, result.draft.meta.agencyName, result.draft.meta.year);
      if (existing)
        return setQuestion({
          kind: 'replace',
          record: existing,
          draft: result.draft,
          fileName: file.name,
          encoding: result.encoding,
        });
      await create(result.draft, undefined, { name: file.name, encoding: result.encoding });
    },
    confirm: async () => {
      if (!question) return;
      setQuestion(null);
      if (question.kind === 'exists') return open(question.record.id);
      if (question.kind === 'replace') {
        await store(question.record.id, question.draft);
        noteEncoding(question.record.id, question.fileName, question.encoding);
        return open(question.record.id);
      }
      try {
        await repository.remove(question.record.id);
      } catch (e) {
        reportStorageProblem(`删除草稿失败（${e instanceof Error ? e.message : String(e)}）`);
      }
      await refresh();
    },
    askDelete: (record: DraftRecord) => setQuestion({ kind: 'delete', record }),
  };
}
