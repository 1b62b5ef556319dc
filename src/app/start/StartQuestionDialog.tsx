import { ConfirmDialog } from '../common/ConfirmDialog';
import { statusChange } from './record-status';
import type { StartQuestion } from './use-start-actions';

interface Props {
  readonly question: StartQuestion;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks before opening instead of creating, replacing with a file, or deleting. */
export function StartQuestionDialog({ question, onConfirm, onCancel }: Props) {
  const { agencyName, year } = question.record;
  const which = `${agencyName} ${year} 年`;
  switch (question.kind) {
    case 'exists':
      return (
        <ConfirmDialog
          title="报告已经存在"
          confirmLabel="打开已有报告"
          onConfirm={onConfirm}
          onCancel={onCancel}
        >
          <p>本浏览器中已有{which}的报告草稿。每个机关每个年度只保留一份草稿，是否打开它继续填写？</p>
        </ConfirmDialog>
      );
    case 'replace':
      return (
        <ConfirmDialog
          title="替换已有草稿？"
          confirmLabel="用文件替换"
          danger
          onConfirm={onConfirm}
          onCancel={onCancel}
        >
          <p>
            本浏览器中已有{which}的报告草稿。用“{question.fileName}”替换后，浏览器中原有的内容将被覆盖。
          </p>
          <p className="replace-status">{statusChange(question.record, question.draft)}</p>
        </ConfirmDialog>
      );
    case 'delete':
      return (
        <ConfirmDialog
          title="删除草稿？"
          confirmLabel="删除"
          danger
          onConfirm={onConfirm}
          onCancel={onCancel}
        >
          <p>将从本浏览器中删除{which}的报告草稿，删除后无法恢复。如需保留，请先打开它并保存草稿文件。</p>
        </ConfirmDialog>
      );
  }
}
