import type { Draft } from '../../report/schema';
import type { SaveState } from '../../storage/autosaver';
import { START_HASH } from '../routing/route';
import { ReportTitle } from './ReportTitle';
import { SaveFileButton } from './SaveFileButton';
import { SaveStatus } from './SaveStatus';
import type { SnapshotStore } from '../../storage/snapshot-store';

/** Above the wizard: which report, whether it is saved, save as file, back to the start page. */
export function WizardBar({ saveState, draft }: { saveState: SnapshotStore<SaveState>; draft: Draft }) {
  return (
    <div className="wizard-bar">
      <div className="wizard-bar-title">
        <a href={START_HASH} className="back-link">
          ‹ 全部草稿
        </a>
        <ReportTitle />
      </div>
      <div className="wizard-bar-actions">
        <SaveStatus store={saveState} />
        <SaveFileButton lastValid={draft} />
      </div>
    </div>
  );
}
