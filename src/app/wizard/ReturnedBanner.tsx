import { describePath } from '../../report/describe-path';
import { stepTitle } from '../../report/layout/steps';
import type { Review } from '../../report/schema';
import { useComments } from '../comments/use-comments';
import { formatDateTime } from '../common/format-time';
import { FindingLink } from './FindingLink';
import { stepOfComment } from './comment-step';

/**
 * “退回修改”: when the supervisor returned the report — by whom, when, why, and every comment
 * still waiting, each a link to its place — at the top of every step until they are handled
 * and the report is submitted again. Loaded only when a report is returned (ReportBanners).
 */
export default function ReturnedBanner({ draftId, review }: { draftId: string; review: Review }) {
  const comments = useComments();
  const entry = review.history.findLast((h) => h.status === 'returned');
  const open = comments.filter((c) => !c.resolved);
  return (
    <div className="banner banner-returned" role="region" aria-labelledby="returned-banner-title">
      <p className="banner-title" id="returned-banner-title">
        报告已退回修改
      </p>
      <p>
        {entry ? `审核人${entry.by}于 ${formatDateTime(entry.at)} 退回。` : '审核人已退回这份报告。'}
        {entry?.note ? `退回说明：${entry.note}` : null}
      </p>
      <p>
        {open.length > 0
          ? `有 ${open.length} 条审核意见待处理（可在各部分的意见下回复审核人）：`
          : '审核意见已全部标记为已处理，请到“检查与提交”重新提交审核。'}
      </p>
      {open.length > 0 ? (
        <ol className="returned-comments">
          {open.map((c) => (
            <li key={c.id}>
              <FindingLink draftId={draftId} path={c.path ?? ''} step={c.path ? undefined : stepOfComment(c)}>
                {stepTitle(stepOfComment(c))}
                {c.path ? ` · ${describePath(c.path)}` : ''}
              </FindingLink>
              ：{c.text}
              {c.replies?.length ? `（已回复 ${c.replies.length} 条）` : null}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
