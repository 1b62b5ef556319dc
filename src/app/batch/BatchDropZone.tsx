import { useId, useState } from 'react';

/** Drop many files here or choose them; hands over the File objects. */
export function BatchDropZone({ onFiles, busy }: { onFiles: (files: File[]) => void; busy: boolean }) {
  const [over, setOver] = useState(false);
  const inputId = useId();
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!busy) onFiles([...e.dataTransfer.files]);
      }}
    >
      <p>把各单位的草稿文件（.json）或已发布的报告（.txt、.html、.docx）拖到这里，一次可以放很多个。</p>
      <label htmlFor={inputId} className="button primary">
        选择文件
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        multiple
        accept=".json,.txt,.html,.htm,.docx,.pdf,application/json,text/plain,text/html,application/pdf"
        disabled={busy}
        aria-label="选择要检查的文件"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
