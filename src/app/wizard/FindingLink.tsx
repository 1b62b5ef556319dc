import type { MouseEvent, ReactNode } from 'react';
import type { StepId } from '../../report/part-of-path';
import { stepOfPath } from '../../report/part-of-path';
import { reportHash } from '../routing/route';
import { navigate } from '../routing/use-route';
import { fulfilFocusRequest, requestFocus } from './focus-request';

/** A link to the field or cell at `path`: goes to its step, then focuses it (or to `step`, when no path). */
export function FindingLink({
  draftId,
  path,
  step,
  children,
}: {
  draftId: string;
  path: string;
  step?: StepId;
  children: ReactNode;
}) {
  const hash = reportHash(draftId, step ?? stepOfPath(path));
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    if (path) requestFocus(path);
    if (window.location.hash === hash) fulfilFocusRequest();
    else navigate(hash);
  };
  return (
    <a href={hash} onClick={onClick}>
      {children}
    </a>
  );
}
