import type { RefObject } from 'react';
import { ErrorLine } from '../common/ErrorLine';

/** 审核人姓名: entered once (remembered in this browser); an error when an action needs it. */
export function ReviewerName({
  value,
  onChange,
  missing,
  inputRef,
}: {
  value: string;
  onChange: (name: string) => void;
  missing: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  return (
    <div className={`reviewer-name${missing ? ' missing' : ''}`}>
      <label htmlFor="reviewer-name">审核人姓名</label>
      <ErrorLine
        id="reviewer-name-error"
        message={missing ? '请先填写审核人姓名，它会记录在审核意见和状态记录中。' : null}
      />
      <input
        id="reviewer-name"
        ref={inputRef}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="name"
        aria-invalid={missing || undefined}
        aria-describedby={missing ? 'reviewer-name-error' : undefined}
      />
    </div>
  );
}
