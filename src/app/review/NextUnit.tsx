import { useState } from 'react';
import type { Finding } from '../../report/findings';
import type { Draft } from '../../report/schema';
import { readDraftFile } from '../../storage/draft-file';
import { keptBatchRows } from '../batch/batch-session';
import { FileButton } from '../common/FileButton';
import { BATCH_HASH } from '../routing/route';
import { FileProblems } from '../common/FileProblems';

/** The unit after `current` in the batch order (the files the supervisor checked), if any. */
function nextInBatch(current: Draft): { draft: Draft; file: string; index: number; count: number } | null {
  const rows = keptBatchRows().filter((r) => r.draft);
  const at = rows.findIndex(
    (r) => r.draft?.meta.agencyName === current.meta.agencyName && r.draft.meta.year === current.meta.year,
  );
  if (at < 0) return null;
  const next = rows[at + 1];
  return next?.draft ? { draft: next.draft, file: next.file, index: at + 2, count: rows.length } : null;
}

/**
 * After a decision: the way on without going back to the start — the next unit of the batch
 * (saving this one's file first when it is not saved yet), another draft file, or the batch table.
 */
export function NextUnit({
  current,
  unsaved,
  onSave,
  onOpen,
}: {
  current: Draft;
  unsaved: boolean;
  onSave: () => void;
  onOpen: (draft: Draft) => void;
}) {
  const next = nextInBatch(current);
  const [problem, setProblem] = useState<{ fileName: string; findings: readonly Finding[] } | null>(null);
  return (
    <section className="next-unit" aria-labelledby="next-unit-title">
      <h3 id="next-unit-title">接下来</h3>
      {next ? (
        <>
          <button
            type="button"
            className="button primary"
            aria-describedby="next-unit-where"
            onClick={() => {
              if (unsaved) onSave();
              onOpen(next.draft);
            }}
          >
            {unsaved ? '保存本文件并审核下一个单位' : '审核下一个单位'}：{next.draft.meta.agencyName}
          </button>
          <p className="hint" id="next-unit-where">
            批量检查中的第 {next.index} / {next.count} 个（{next.file}）
          </p>
        </>
      ) : null}
      <FileButton
        label="打开另一个草稿文件"
        accept=".json,application/json"
        onFile={(file) => {
          void readDraftFile(file).then((r) => {
            if (!r.ok) return setProblem({ fileName: file.name, findings: r.findings });
            setProblem(null);
            if (unsaved) onSave();
            onOpen(r.draft);
          });
        }}
      />
      {problem ? <FileProblems fileName={problem.fileName} findings={problem.findings} /> : null}
      {keptBatchRows().length > 0 ? (
        <p>
          <a href={BATCH_HASH}>返回批量检查</a>
        </p>
      ) : null}
    </section>
  );
}
