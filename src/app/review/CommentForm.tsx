import { useId, useState } from 'react';
import type { RefObject } from 'react';
import type { StepId } from '../../report/part-of-path';
import type { CommentTarget } from './comment-target';
import { COMMENT_PARTS, commentTargets } from '../../report/comment-targets';
import { ErrorLine } from '../common/ErrorLine';

interface Props {
  /** Where the comment points (chosen here, or by a click in the report). */
  readonly target: CommentTarget;
  readonly onTarget: (target: CommentTarget) => void;
  /** Adds the comment; returns why not, or null. */
  readonly onAdd: (c: {
    part: StepId;
    path?: string;
    text: string;
  }) => string | null | Promise<string | null>;
  readonly textRef: RefObject<HTMLTextAreaElement | null>;
}

/** Write one review comment on a part, optionally on a single field or table cell. */
export function CommentForm({ target, onTarget, onAdd, textRef }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const { part, path } = target;
  return (
    <form
      className="comment-form"
      onSubmit={(e) => {
        e.preventDefault();
        void Promise.resolve(onAdd(path ? { part, path, text } : { part, text })).then((problem) => {
          setError(problem);
          if (!problem) {
            setText('');
            onTarget({ part, path: '' });
          }
        });
      }}
    >
      <h3>添加审核意见</h3>
      <p className="hint">点击左侧报告中的数字或段落，可直接选定意见针对的位置。</p>
      <label htmlFor={`${id}-part`}>针对的部分</label>
      <select
        id={`${id}-part`}
        value={part}
        onChange={(e) => onTarget({ part: e.target.value as StepId, path: '' })}
      >
        {COMMENT_PARTS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-path`}>具体栏目或单元格（可选）</label>
      <select id={`${id}-path`} value={path} onChange={(e) => onTarget({ part, path: e.target.value })}>
        <option value="">整个部分</option>
        {commentTargets(part).map((t) => (
          <option key={t.path} value={t.path}>
            {t.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-text`}>意见</label>
      <textarea
        id={`${id}-text`}
        ref={textRef}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      />
      <ErrorLine id={`${id}-error`} message={error} />
      <button type="submit" className="button">
        添加意见
      </button>
    </form>
  );
}
