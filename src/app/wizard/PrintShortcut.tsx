import { useContext, useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Draft } from '../../report/schema';
import { printDraft } from '../export-panel/run-export';
import { FindingsContext } from '../findings/use-findings';
import { currentDraft } from './current-draft';
import { useServerMode } from '../common/server-mode';

const isPrintKey = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p';

/**
 * Ctrl+P (⌘P) anywhere in the wizard prints the report itself in its official layout, not
 * the page; while the report has errors it prints as a draft copy, marked 草稿.
 */
export function PrintShortcut() {
  const { getValues } = useFormContext<Draft>();
  const findings = useContext(FindingsContext);
  const server = useServerMode();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isPrintKey(e)) return;
      const draft = currentDraft(getValues());
      if (!draft) return; // the browser prints the page; the print styles hide the app around it
      e.preventDefault();
      const draftCopy = findings.get().some((f) => f.severity === 'error');
      void printDraft(draft, draftCopy).then(() => server?.recordExport('print', draftCopy));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [getValues, findings, server]);
  return null;
}
