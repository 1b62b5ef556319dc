import { useFormContext } from 'react-hook-form';
import type { Draft } from '../../report/schema';
import { downloadDraftFile } from '../../storage/draft-file';
import { storableDraft } from '../../storage/storable-draft';

/** “保存草稿文件”: downloads the draft as `<机关>-<年度>-<状态>.json` (草稿/待审核/已退回/已通过). */
export function SaveFileButton({ lastValid }: { lastValid: Draft }) {
  const { getValues } = useFormContext<Draft>();
  const save = () => {
    const stored = storableDraft(getValues(), lastValid);
    if (stored) downloadDraftFile(stored.draft);
  };
  return (
    <button type="button" className="button" onClick={save}>
      保存草稿文件
    </button>
  );
}
