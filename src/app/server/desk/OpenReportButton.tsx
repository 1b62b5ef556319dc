import { useState } from 'react';
import { reviewHash } from '../../routing/route';
import { navigate } from '../../routing/use-route';
import { useServerSession } from '../server-session';

/** Opens a unit's report from the server in the review mode the app has. */
export function OpenReportButton({
  unitId,
  unitName,
  year,
}: {
  unitId: number;
  unitName: string;
  year: number;
}) {
  const { engine } = useServerSession();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-small"
        disabled={busy}
        aria-label={`审核 ${unitName} 的报告`}
        onClick={() => {
          setBusy(true);
          engine.open(unitId, year, unitName).then(
            (id) => navigate(reviewHash(id)),
            (e: unknown) => {
              setBusy(false);
              setProblem(e instanceof Error ? e.message : String(e));
            },
          );
        }}
      >
        审核
      </button>
      {problem ? (
        <span className="field-error" role="alert">
          {problem}
        </span>
      ) : null}
    </>
  );
}
