import { WIZARD_STEPS } from '../../report/layout/steps';
import type { StepId } from '../../report/part-of-path';
import { reportHash } from '../routing/route';
import { TASK_STATE_LABELS } from './step-states';
import { useStepStates } from './step-states-context';

/** The steps with their states; each entry jumps to its step. */
export function TaskList({ draftId, current }: { draftId: string; current: StepId }) {
  const states = useStepStates();
  return (
    <nav className="task-list" aria-labelledby="task-list-heading">
      <h2 id="task-list-heading" className="task-list-heading">
        填写步骤
      </h2>
      <ol>
        {WIZARD_STEPS.map((s) => {
          const state = states[s.id];
          return (
            <li key={s.id} className={s.id === current ? 'current' : undefined}>
              <a href={reportHash(draftId, s.id)} aria-current={s.id === current ? 'step' : undefined}>
                <span className="task-title">{s.title}</span>
                <span className={`tag tag-${state}`}>{TASK_STATE_LABELS[state]}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
