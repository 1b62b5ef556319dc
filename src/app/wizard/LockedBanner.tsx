import { useState } from 'react';
import type { HistoryEntry } from '../../report/schema';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatDateTime } from '../common/format-time';
import type { LockedStatus } from '../../report/review';
import { useServerMode } from '../common/server-mode';
import '../comments/comments.css';

const WORDS = {
  submitted: {
    title: '已提交审核',
    done: (by: string, at: string) => `${by}于 ${at} 提交审核。`,
    now: '报告现在只能查看。如需修改，请先撤回提交：报告将变回草稿，改完后要重新提交审核。',
    button: '撤回并修改',
    ask: '撤回提交并修改报告？',
    consequence:
      '撤回后，报告的状态将从“已提交审核”变回草稿，改完后要重新提交审核。如果草稿文件已经发给审核人，请告诉审核人以重新提交的文件为准。状态记录中会留下这次撤回。',
  },
  approved: {
    title: '已审核通过',
    done: (by: string, at: string) => `${by}于 ${at} 审核通过。`,
    now: '报告现在只能查看。如需修改，报告将变回草稿，改完后要重新提交审核。',
    button: '修改报告',
    ask: '修改已审核通过的报告？',
    consequence: '修改后，报告的状态将从“已审核通过”变回草稿，需要重新提交审核。状态记录中会留下这次修改。',
  },
} as const;

/**
 * “已提交审核” / “已审核通过”: the report is read-only until the clerk chooses to edit it
 * (撤回并修改 / 修改报告) and confirms.
 */
export default function LockedBanner({
  status,
  entry,
  disabled,
  onReopen,
  warning,
}: {
  status: LockedStatus;
  /** The history entry that set the status (who and when), if the file has one. */
  entry: HistoryEntry | undefined;
  disabled: boolean;
  onReopen: () => void;
  /** Why the status cannot be taken as it reads (审核通过后内容已被修改, …). */
  warning?: string | null;
}) {
  const [asking, setAsking] = useState(false);
  const words = WORDS[status];
  const server = useServerMode();
  // On the server only the supervisor reopens an approved report: the clerk is told whom to ask.
  const hold = server && status === 'approved' ? server.words.approvedHold : undefined;
  return (
    <div className="banner banner-ok" role="region" aria-labelledby="locked-banner-title">
      <p className="banner-title" id="locked-banner-title">
        {warning ? `${words.title}（未确认）` : words.title}
      </p>
      {warning ? <p role="alert">{warning}</p> : null}
      <p>
        {entry ? words.done(entry.by, formatDateTime(entry.at)) : null}
        {hold ?? words.now}
      </p>
      {hold ? null : (
        <button type="button" className="button" disabled={disabled} onClick={() => setAsking(true)}>
          {words.button}
        </button>
      )}
      {asking ? (
        <ConfirmDialog
          title={words.ask}
          confirmLabel={words.button}
          onConfirm={() => {
            setAsking(false);
            onReopen();
          }}
          onCancel={() => setAsking(false)}
        >
          <p>{server && status === 'submitted' ? server.words.reopen.submitted : words.consequence}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
