import { changesBetween, differenceExcerpts } from '../../report/changes';
import type { Change } from '../../report/changes';
import { contentOf, lastReturn } from '../../report/review-round';
import type { Draft } from '../../report/schema';
import { formatDateTime } from '../common/format-time';
import { isPlainPath, useMark } from '../common/use-mark';

const shown = (v: number | null) => (v === null ? '空白' : String(v));

function ChangeRow({ change }: { change: Change }) {
  if (change.kind === 'number') {
    return (
      <li>
        <span className="change-where">{change.label}</span>：{shown(change.before)} →{' '}
        <strong>{shown(change.after)}</strong>
      </li>
    );
  }
  const e = differenceExcerpts(change.before, change.after, 10, 60);
  return (
    <li>
      <span className="change-where">{change.label}</span>（文字已修改）
      <p className="change-text">
        <span className="change-before">退回时：{e.before}</span>
        <span className="change-after">现在：{e.after}</span>
      </p>
    </li>
  );
}

/**
 * 自退回以来的修改: after a report was returned and sent again, every number (old → new, named
 * as the core names it) and every paragraph changed since the content kept at the return; the
 * changed cells are marked in the report view too.
 */
export function ChangesSinceReturn({ draft }: { draft: Draft }) {
  const kept = lastReturn(draft);
  const shownNow = kept !== undefined && draft.review?.status === 'submitted';
  const changes = shownNow ? changesBetween(kept.snapshot, contentOf(draft)) : [];
  const marked = changes.map((c) => c.path).filter(isPlainPath);
  // The changed cells, marked in the report view (data attribute styled in review.css).
  useMark('data-mark-changed', marked.map((p) => `.review-report [data-path="${p}"]`).join(','));
  if (!shownNow) return null;
  return (
    <section className="changes-since" aria-labelledby="changes-since-title">
      <h2 id="changes-since-title">自退回以来的修改</h2>
      <p className="hint">
        与 {formatDateTime(kept.entry.at)} {kept.entry.by}退回时的版本相比
        {changes.length > 0 ? `，共 ${changes.length} 处（报告中以绿色标出）：` : '：'}
      </p>
      {changes.length === 0 ? (
        <p>退回后没有修改报告内容。</p>
      ) : (
        <ol className="change-list">
          {changes.map((c) => (
            <ChangeRow key={c.path} change={c} />
          ))}
        </ol>
      )}
    </section>
  );
}
