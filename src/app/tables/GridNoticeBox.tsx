import type { GridNotice } from './use-grid-keys';

/** Paste results next to the grid: refusals as an alert, success as a status (text, not colour). */
export function GridNoticeBox({ notice }: { notice: GridNotice | null }) {
  return (
    <>
      <div role="alert" className="grid-notice alert">
        {notice?.kind === 'alert' ? notice.text : null}
      </div>
      <div role="status" className="grid-notice status">
        {notice?.kind === 'status' ? notice.text : null}
      </div>
    </>
  );
}
