import { REVIEW_STATUS_LABELS } from '../../report/layout/review-status';
import type { HistoryEntry } from '../../report/schema';
import { formatDateTime } from '../common/format-time';

/** Status changes: who, when, what. */
export function HistoryList({ history }: { history: readonly HistoryEntry[] }) {
  if (history.length === 0) return <p>尚无状态变更。</p>;
  return (
    <ol className="history-list">
      {history.map((h, i) => (
        <li key={i}>
          {formatDateTime(h.at)} · {h.by} · {REVIEW_STATUS_LABELS[h.status]}
          {h.note ? `（${h.note}）` : ''}
        </li>
      ))}
    </ol>
  );
}
