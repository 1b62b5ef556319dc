import { useState } from 'react';
import { checkDraft } from '../../report/rules/check-draft';
import type { Draft } from '../../report/schema';
import { ExportPanel } from './ExportPanel';

/**
 * 打印与导出 for review mode: the same export as the clerk's, for the draft being reviewed
 * (findings are listed as text; the review page shows where they are).
 */
export function ReviewExportSection({ draft }: { draft: Draft }) {
  const [draftCopy, setDraftCopy] = useState(false);
  return (
    <ExportPanel
      getDraft={() => draft}
      getErrors={() => checkDraft(draft).filter((f) => f.severity === 'error')}
      draftCopy={draftCopy}
      onDraftCopyChange={setDraftCopy}
    />
  );
}
