import type { Finding } from '../../report/findings';
import type { Draft } from '../../report/schema';
import { approvalWarningOf } from '../common/approval-status';

/** The warning, with what the check can and cannot tell. */
export function ApprovalWarning({ draft, findings }: { draft: Draft; findings: readonly Finding[] }) {
  const warning = approvalWarningOf(draft, findings);
  if (!warning) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <p className="banner-title">{warning}</p>
      <p>
        审核通过时，本工具在草稿文件中记录报告内容的摘要，用来发现审核后无意或随手的修改；它不能防止有人刻意伪造。
        谁在何时审核通过了什么内容，只有服务器模式（由服务器决定每个状态）能够保证。
      </p>
    </div>
  );
}
