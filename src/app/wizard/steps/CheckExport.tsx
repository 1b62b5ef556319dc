import { useContext, useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Draft } from '../../../report/schema';
import { ExportPanel } from '../../export-panel/ExportPanel';
import { ReportPreview } from '../../export-panel/ReportPreview';
import { FindingsContext } from '../../findings/use-findings';
import { currentDraft } from '../current-draft';
import { FindingLink } from '../FindingLink';

/** 检查与提交's 打印与导出 and 报告预览, of the form's values as they are now. */
export function CheckExport({ draftId }: { draftId: string }) {
  const { getValues } = useFormContext<Draft>();
  const findings = useContext(FindingsContext);
  const [draftCopy, setDraftCopy] = useState(false);
  // Nothing on this step changes the report's text or numbers: one snapshot for the preview.
  const preview = useMemo(() => currentDraft(getValues()), [getValues]);
  return (
    <>
      <ExportPanel
        getDraft={() => currentDraft(getValues())}
        getErrors={() => findings.get().filter((f) => f.severity === 'error')}
        draftCopy={draftCopy}
        onDraftCopyChange={setDraftCopy}
        renderFinding={(f) => (
          <FindingLink draftId={draftId} path={f.path}>
            {f.message}
          </FindingLink>
        )}
      />
      <ReportPreview draft={preview} draftMark={draftCopy} />
    </>
  );
}
