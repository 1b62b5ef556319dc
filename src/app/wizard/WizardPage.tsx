import { useCallback, useMemo, useRef, useState } from 'react';
import type { StepId } from '../../report/part-of-path';
import { START_HASH } from '../routing/route';
import { ReportForm } from './ReportForm';
import { ChangedElsewhereBanner } from './ChangedElsewhereBanner';
import type { ChangedElsewhere } from './ChangedElsewhereBanner';
import { TabBanner } from './TabBanner';
import { dismissOpenNotice, openNotice } from './open-notice';
import type { AutosaveEvents } from './use-autosave';
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
  const [changed, setChanged] = useState<ChangedElsewhere | null>(null);
  const [notice, setNotice] = useState(() => openNotice(draftId));
  const events = useMemo<AutosaveEvents>(
    () => ({
      onReload: () => void reload(),
      onConflict: (reason) => {
        setChanged(reason === 'missing' ? 'missing' : 'conflict');
        if (reason !== 'missing') void reload();
      },
    }),
    [reload],
  );

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
      loaded={loaded}
      readOnly={mode !== 'editing'}
      flushRef={flushRef}
      events={events}
      banner={
        <>
          {notice ? (
            <div className="banner banner-ok" role="status">
              <p>{notice}</p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  dismissOpenNotice(draftId);
                  setNotice(undefined);
                }}
              >
                知道了
              </button>
            </div>
          ) : null}
          {changed ? <ChangedElsewhereBanner kind={changed} onDismiss={() => setChanged(null)} /> : null}
          {mode === 'editing' ? null : <TabBanner mode={mode} onContinueHere={() => void continueHere()} />}
        </>
      }
    />
  );
}
