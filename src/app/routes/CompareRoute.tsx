import { useEffect, useState } from 'react';
import { FileButton } from '../common/FileButton';
import { readChosenFile } from '../common/read-chosen-file';
import type { Draft } from '../../report/schema';
import { openRecord } from '../../storage/draft-record';
import { ComparePage } from '../compare/ComparePage';
import { useDrafts } from '../drafts/repository-context';

/** Last year's draft file or published report, through the one reader. */
async function readLastYear(
  file: File,
): Promise<{ ok: true; draft: Draft } | { ok: false; message: string }> {
  const read = await readChosenFile(file);
  if (read.draft) return { ok: true, draft: read.draft };
  return { ok: false, message: read.findings.map((f) => f.message).join(' ') };
}

/** Compare a stored draft with last year's draft file or published report. */
export function CompareRoute({ draftId }: { draftId: string }) {
  const { repository } = useDrafts();
  const [current, setCurrent] = useState<Draft | null>(null);
  const [previous, setPrevious] = useState<Draft | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void repository.get(draftId).then((record) => {
      const opened = record ? openRecord(record) : undefined;
      if (opened?.ok) setCurrent(opened.draft);
      else setMessage('本浏览器中没有这份草稿。');
    });
  }, [draftId, repository]);
  if (current && previous) return <ComparePage current={current} previous={previous} />;
  return (
    <main id="main" className="start">
      <h1>与上年比较</h1>
      {current && (
        <p className="lead">
          {current.meta.agencyName} {current.meta.year} 年。请选择 {current.meta.year - 1}{' '}
          年的草稿文件（.json）或已发布的报告（.txt、.html、.docx）。
        </p>
      )}
      <FileButton
        primary
        label="选择上年的报告"
        accept=".json,.txt,.html,.htm,.docx,.pdf"
        onFile={(file) => {
          void readLastYear(file).then((r) => {
            if (r.ok) setPrevious(r.draft);
            else setMessage(`无法读取“${file.name}”：${r.message}`);
          });
        }}
      />
      {message && (
        <p role="alert" className="banner banner-error">
          {message}
        </p>
      )}
    </main>
  );
}
