import { useState } from 'react';
import type { ReactNode } from 'react';
import { readDraftFile } from '../../../storage/draft-file';
import { adminImport } from '../../../api-contract/endpoints';
import { callEndpoint } from '../../../storage/server-sync/call-endpoint';
import { Field, num } from './AdminForm';

/** 导入草稿文件: many draft files into one unit, each a draft on the server. */
export function ImportDraftsForm({
  unitOptions,
  onImported,
}: {
  unitOptions: ReactNode;
  onImported: () => Promise<void>;
}) {
  const [importLines, setImportLines] = useState<readonly string[]>([]);
  const importFiles = async (files: FileList | null, unitId: number | undefined) => {
    if (!files || !unitId) return setImportLines(['请先选择单位和文件。']);
    const lines: string[] = [];
    for (const file of Array.from(files)) {
      // The same reading as 打开草稿文件: size limit first, UTF-8, UTF-16 or GBK.
      const restored = await readDraftFile(file);
      if (!restored.ok) {
        lines.push(`${file.name}：没有导入——${restored.findings[0]?.message ?? '不是草稿文件'}`);
        continue;
      }
      const answer = await callEndpoint(adminImport, {}, { unitId, document: restored.draft }).catch(
        () => undefined,
      );
      lines.push(
        answer?.ok
          ? `${file.name}：已导入 ${answer.body.year} 年度（第 ${answer.body.revision} 版，状态为草稿）`
          : `${file.name}：没有导入——${answer?.error ?? '无法连接服务器'}`,
      );
      setImportLines([...lines]);
    }
    setImportLines(lines);
    await onImported();
  };
  return (
    <form
      className="panel admin-form"
      aria-label="导入草稿文件"
      onSubmit={(e) => {
        e.preventDefault();
        const d = new FormData(e.currentTarget);
        const input = e.currentTarget.elements.namedItem('files');
        void importFiles(input instanceof HTMLInputElement ? input.files : null, num(d, 'unitId'));
      }}
    >
      <h2>导入草稿文件</h2>
      <p className="field-hint">文件中的审核状态和记录不会导入：导入后一律是草稿。</p>
      <Field label="导入到单位" name="unitId">
        {unitOptions}
      </Field>
      <div className="field">
        <label className="field-label" htmlFor="admin-import-files">
          草稿文件（可多选）
        </label>
        <input id="admin-import-files" name="files" type="file" accept=".json,application/json" multiple />
      </div>
      <button type="submit" className="button primary">
        导入
      </button>
      <ul role="status">
        {importLines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
    </form>
  );
}
