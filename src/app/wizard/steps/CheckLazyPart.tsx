import { CheckExport } from './CheckExport';
import { WarningSettle } from './WarningSettle';

/** The parts of 检查与提交 loaded when the step opens: 处理提醒, and print/export with the preview. */
export function CheckLazyPart({ draftId, part }: { draftId: string; part: 'settle' | 'export' }) {
  return part === 'settle' ? <WarningSettle /> : <CheckExport draftId={draftId} />;
}
