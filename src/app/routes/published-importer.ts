import type { PublishedImporter } from '../../batch/check-file';
import { printedTotalFindings } from '../../report/rules/printed-totals';
import { computeDerived } from '../../report/totals';
import { loadReportFileImporter } from '../import/load-importer';

/** The importer for batch checking, loaded only when a published report is dropped. */
export const importPublished: PublishedImporter = async (name, bytes) => {
  const importReportFile = await loadReportFileImporter();
  const result = await importReportFile(bytes, name);
  if (!result.ok) return { ok: false, message: result.message };
  return {
    ok: true,
    draft: result.draft,
    findings: printedTotalFindings(result.printedTotals, computeDerived(result.draft)),
  };
};
