import type { GridNotice } from './use-grid-keys';

/**
 * Paste results where the paste happened (just under the pasted rows): refusals and totals
 * that did not add up as an alert, success as a status (text, not colour). It never takes a
 * click (the cells under it stay usable) and goes with the next edit or click.
 */
export function GridNoticeBox({ notice }: { notice: GridNotice | null }) {
  const style = notice?.at ? { top: notice.at.top, left: notice.at.left } : undefined;
  const alert = notice?.kind === 'alert';
  return (
    <>
      <div
        role="alert"
        className={`grid-notice alert${notice?.at ? ' is-placed' : ''}`}
        style={alert ? style : undefined}
      >
        {alert ? (
          <>
            {notice.text}
            {notice.problems?.map((p) => (
              <span key={p} className="grid-notice-problem">
                {p}
              </span>
            ))}
          </>
        ) : null}
      </div>
      <div
        role="status"
        className={`grid-notice status${notice?.at ? ' is-placed' : ''}`}
        style={notice?.kind === 'status' ? style : undefined}
      >
        {notice?.kind === 'status' ? notice.text : null}
      </div>
    </>
  );
}
