import { useCallback, useRef } from 'react';
import type { StepId } from '../../report/part-of-path';
import { START_HASH } from '../routing/route';
import { ReportForm } from './ReportForm';
import { TabBanner } from './TabBanner';
import { useLoadedDraft } from './use-loaded-draft';
import { useTabCoordination } from './use-tab-coordination';
import './wizard.css';

/** One stored draft in the wizard, at one step. */
export function WizardPage({ draftId, step }: { draftId: string; step: StepId }) {
  const { loaded, reload } = useLoadedDraft(draftId);
  const flushRef = useRef<() => Promise<void>>(async () => {});
  const flush = useCallback(() => flushRef.current(), []);
  const { mode, takeOver } = useTabCoordination(draftId, flush);
  const continueHere = useCallback(async () => {
    await takeOver();
    await reload();
  }, [takeOver, reload]);

  if (loaded.kind === 'loading') {
    return (
      <main className="start" id="main">
        <p>正在打开草稿…</p>
      </main>
    );
  }
  if (loaded.kind !== 'ready') {
    return (
      <main className="start" id="main">
        <h1>无法打开这份草稿</h1>
        {loaded.kind === 'broken' ? (
          <ul>
            {loaded.findings.map((f, i) => (
              <li key={i}>{f.message}</li>
            ))}
          </ul>
        ) : (
          <p>本浏览器中没有找到这份草稿，它可能已被删除。</p>
        )}
        <p>
          <a href={START_HASH}>返回首页</a>
        </p>
      </main>
    );
  }
  return (
    <ReportForm
      key={loaded.generation}
      draftId={draftId}
      step={step}
      draft={loaded.draft}
      unparsed={loaded.unparsed}
      readOnly={mode !== 'editing'}
      flushRef={flushRef}
      banner={
        mode === 'editing' ? null : <TabBanner mode={mode} onContinueHere={() => void continueHere()} />
      }
    />
  );
}
