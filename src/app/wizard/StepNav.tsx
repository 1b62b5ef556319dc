import { WIZARD_STEPS } from '../../report/layout/steps';
import { reportHash } from '../routing/route';
import { navigate } from '../routing/use-route';

/**
 * 上一步 / 下一步 (下一步 is the form's submit button, so Enter in a field goes on), and
 * 检查本步, which brings the step's error summary up to date.
 */
export function StepNav({
  draftId,
  index,
  onCheck,
}: {
  draftId: string;
  index: number;
  onCheck?: () => void;
}) {
  const prev = WIZARD_STEPS[index - 1];
  const next = WIZARD_STEPS[index + 1];
  return (
    <div className="step-nav">
      {next ? (
        <button type="submit" className="button primary">
          下一步<span className="step-nav-target">：{next.title}</span>
        </button>
      ) : null}
      {onCheck ? (
        <button type="button" className="button step-check" onClick={onCheck}>
          检查本步
        </button>
      ) : null}
      {prev ? (
        <button type="button" className="button" onClick={() => navigate(reportHash(draftId, prev.id))}>
          上一步<span className="step-nav-target">：{prev.title}</span>
        </button>
      ) : null}
    </div>
  );
}
