import type { MouseEvent, ReactNode } from 'react';
import { stepOfPath } from '../../report/part-of-path';
import { reportHash } from '../routing/route';
import { navigate } from '../routing/use-route';
import { fulfilFocusRequest, requestFocus } from './focus-request';

/** A link to the field or cell at `path`: goes to its step, then focuses it. */
export function FindingLink({
  draftId,
  path,
  children,
}: {
  draftId: string;
  path: string;
  children: ReactNode;
}) {
  const hash = reportHash(draftId, stepOfPath(path));
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    requestFocus(path);
    if (window.location.hash === hash) fulfilFocusRequest();
    else navigate(hash);
  };
  return (
    <a href={hash} onClick={onClick}>
      {children}
    </a>
  );
}
