import { navigate } from '../../routing/use-route';
import { serverReviewHash } from '../server-routes';

/**
 * Opens a unit's report from the server in the review mode the app has, through the server:
 * comments, replies, 退回修改 and 审核通过 are the server's calls.
 */
export function OpenReportButton({
  unitId,
  unitName,
  year,
}: {
  unitId: number;
  unitName: string;
  year: number;
}) {
  return (
    <button
      type="button"
      className="button button-small"
      aria-label={`审核 ${unitName} 的报告`}
      onClick={() => navigate(serverReviewHash(unitId, year))}
    >
      审核
    </button>
  );
}
