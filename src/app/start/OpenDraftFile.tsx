import { FileButton } from '../common/FileButton';

/** “打开草稿文件”: a draft file (.json) chosen through a button-like file input of that name. */
export function OpenDraftFile({ onFile }: { onFile: (file: File) => void }) {
  return (
    <FileButton id="open-draft-file" label="打开草稿文件" accept=".json,application/json" onFile={onFile} />
  );
}
