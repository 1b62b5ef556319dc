import { useState } from 'react';
import type { HistoryEntry } from '../../report/schema';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatDateTime } from '../start/format-time';
import '../comments/comments.css';

/** “已审核通过”: the report is read-only until the clerk chooses 修改报告 and confirms. */
export function ApprovedBanner({
  approval,
  disabled,
  onReopen,
}: {
  approval: HistoryEntry | undefined;
  disabled: boolean;
  onReopen: () => void;
}) {
  const [asking, setAsking] = useState(false);
  return (
    <div className="banner banner-ok" role="region" aria-labelledby="approved-banner-title">
      <p className="banner-title" id="approved-banner-title">
        已审核通过
      </p>
      <p>
        {approval ? `${approval.by}于 ${formatDateTime(approval.at)} 审核通过。` : null}
        报告现在只能查看。如需修改，报告将变回草稿，改完后要重新提交审核。
      </p>
      <button type="button" className="button" disabled={disabled} onClick={() => setAsking(true)}>
        修改报告
      </button>
      {asking ? (
        <ConfirmDialog
          title="修改已审核通过的报告？"
          confirmLabel="修改报告"
          onConfirm={() => {
            setAsking(false);
            onReopen();
          }}
          onCancel={() => setAsking(false)}
        >
          <p>修改后，报告的状态将从“已审核通过”变回草稿，需要重新提交审核。状态记录中会留下这次修改。</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
