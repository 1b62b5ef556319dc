import { WIZARD_STEPS } from '../../report/layout/steps';
import type { StepId } from '../../report/part-of-path';
import { useComments } from '../comments/use-comments';
import { reportHash } from '../routing/route';
import { stepOfComment } from './StepComments';
import { TASK_STATE_LABELS } from './step-states';
import { useStepStates } from './step-states-context';

/** The steps with their states and open review comments; each entry jumps to its step. */
export function TaskList({ draftId, current }: { draftId: string; current: StepId }) {
  const states = useStepStates();
  const open = useComments().filter((c) => !c.resolved);
  return (
    <nav className="task-list" aria-labelledby="task-list-heading">
      <h2 id="task-list-heading" className="task-list-heading">
        填写步骤
      </h2>
      <ol>
        {WIZARD_STEPS.map((s) => {
          const state = states[s.id];
          const comments = open.filter((c) => stepOfComment(c) === s.id).length;
          return (
            <li key={s.id} className={s.id === current ? 'current' : undefined}>
              <a href={reportHash(draftId, s.id)} aria-current={s.id === current ? 'step' : undefined}>
                <span className="task-title">{s.title}</span>
                <span className={`tag tag-${state}`}>{TASK_STATE_LABELS[state]}</span>
                {comments > 0 ? <span className="tag tag-comments">{comments} 条审核意见</span> : null}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
