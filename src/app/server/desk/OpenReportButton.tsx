import type { ReviewStatus } from '../../../report/schema';
import { navigate } from '../../routing/use-route';
import { serverReviewHash } from '../server-routes';

/**
 * Opens a unit's report from the server in the review mode the app has, through the server:
 * comments, replies, 退回修改 and 审核通过 are the server's calls. It says 审核 only for a report
 * waiting for review; any other (draft, returned, approved) is opened to 查看.
 */
export function OpenReportButton({
  unitId,
  unitName,
  year,
  status,
}: {
  unitId: number;
  unitName: string;
  year: number;
  status: ReviewStatus;
}) {
  const verb = status === 'submitted' ? '审核' : '查看';
  return (
    <button
      type="button"
      className="button button-small"
      aria-label={`${verb} ${unitName} 的报告`}
      onClick={() => navigate(serverReviewHash(unitId, year))}
    >
      {verb}
    </button>
  );
}
