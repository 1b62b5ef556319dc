import type { Finding } from '../../report/findings';
import { IMPORT_ACTION_LABEL } from '../../report/restore';

/** Why a chosen file was not opened (nothing was changed). */
export function FileProblems({ fileName, findings }: { fileName: string; findings: readonly Finding[] }) {
  return (
    <div className="banner banner-error" role="alert">
      <p className="banner-title">无法打开“{fileName}”</p>
      <ul>
        {findings.slice(0, 8).map((f, i) => (
          <li key={i}>{f.message}</li>
        ))}
      </ul>
      {findings.length > 8 ? <p>另有 {findings.length - 8} 个问题未列出。</p> : null}
      {findings.some((f) => f.message.includes(IMPORT_ACTION_LABEL)) ? (
        <p>
          <a href="#/import">{IMPORT_ACTION_LABEL}</a>
        </p>
      ) : null}
      <p>已保存的草稿没有任何改动。</p>
    </div>
  );
}
