import { useState } from 'react';
import { WIZARD_STEPS, stepTitle } from '../../report/layout/steps';
import type { StepId } from '../../report/part-of-path';
import { useComments } from '../comments/use-comments';
import { reportHash } from '../routing/route';
import { stepOfComment } from './comment-step';
import { TASK_STATE_LABELS } from './step-states';
import { useStepStates } from './step-states-context';

/**
 * The steps with their states and open review comments; each entry jumps to its step.
 * On a narrow screen the list folds up to one line (the current step and a button).
 */
export function TaskList({ draftId, current }: { draftId: string; current: StepId }) {
  const states = useStepStates();
  const open = useComments().filter((c) => !c.resolved);
  const [expanded, setExpanded] = useState(false);
  const index = WIZARD_STEPS.findIndex((s) => s.id === current);
  return (
    <nav className={`task-list${expanded ? ' is-expanded' : ''}`} aria-labelledby="task-list-heading">
      <div className="task-list-bar">
        <h2 id="task-list-heading" className="task-list-heading">
          填写步骤
        </h2>
        <button
          type="button"
          className="task-list-toggle"
          aria-expanded={expanded}
          aria-controls="task-list-steps"
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? '收起步骤' : '全部步骤'}
          <span className="task-list-current">
            （第 {index + 1} / {WIZARD_STEPS.length} 步：{stepTitle(current)}）
          </span>
        </button>
      </div>
      <ol id="task-list-steps" onClick={() => setExpanded(false)}>
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
