import { Suspense, lazy } from 'react';
import type { ComponentProps } from 'react';
import { useWatch } from 'react-hook-form';
import type { Draft } from '../../report/schema';

// Shown only on a report under review: loaded when one is open.
const LockedBanner = lazy(() => import('./LockedBanner'));
const ReturnedBanner = lazy(() => import('./ReturnedBanner'));

/** “已提交审核” / “已审核通过” (see LockedBanner), loaded when the report is locked. */
export function LockedBannerSlot(props: ComponentProps<typeof LockedBanner>) {
  return (
    <Suspense fallback={null}>
      <LockedBanner {...props} />
    </Suspense>
  );
}

/** “报告已退回修改” (see ReturnedBanner) while the report's status is returned. */
export function ReturnedBannerSlot({ draftId }: { draftId: string }) {
  const review = useWatch<Draft, 'review'>({ name: 'review' });
  if (review?.status !== 'returned') return null;
  return (
    <Suspense fallback={null}>
      <ReturnedBanner draftId={draftId} review={review} />
    </Suspense>
  );
}
