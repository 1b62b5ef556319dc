import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import type { Draft } from '../report/schema';

/** Test fixture: markup a clerk might type (or paste) in the agency name and the prose. */
export const HOSTILE_AGENCY = '<script>alert(1)</script>某某县<b>商务局</b>';
export const HOSTILE_PROSE = '今年<b>加粗</b>公开 & 改进<script>alert(1)</script>';

export function hostileDraft(): Draft {
  let d = setPath(sampleDraft(), 'meta.agencyName', HOSTILE_AGENCY);
  d = setPath(d, 'overview.proactive', HOSTILE_PROSE);
  return setPath(d, 'problems.problems', `<img src=x onerror="alert(2)">问题`);
}

/** Test fixture: the sample with 法律服务机构's 一 raised from 2 to 5, so its 勾稽关系 breaks by 3. */
export function unbalancedDraft(): Draft {
  return setPath(sampleDraft(), 'applications.newReceived.legal', 5);
}
