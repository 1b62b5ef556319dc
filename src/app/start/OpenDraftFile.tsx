import { useRef } from 'react';
import type { ChangeEvent } from 'react';

/** “打开草稿文件”: a styled label in front of a visually hidden file input of that name. */
export function OpenDraftFile({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) onFile(file);
    // Choosing the same file again must report again.
    if (input.current) input.current.value = '';
  };
  return (
    <span className="file-button">
      <input
        ref={input}
        id="open-draft-file"
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        onChange={onChange}
      />
      <label htmlFor="open-draft-file" className="button">
        打开草稿文件
      </label>
    </span>
  );
}
