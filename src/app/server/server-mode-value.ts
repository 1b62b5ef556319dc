import { emptyDraft } from '../../report/empty-draft';
import { REVIEW_STATUS_LABELS } from '../../report/layout/review-status';
import { restoreDraft } from '../../report/restore';
import { canonicalJson } from '../../report/canonical-json';
import type { Draft } from '../../report/schema';
import { THIS_TAB } from '../../storage/broadcast-tab-channel';
import { replaceDraft } from '../../storage/draft-store';
import type { OpenedRepository } from '../../storage/open-repository';
import { callApi, parseServerDraftId, serverDraftId } from '../../storage/server-sync/server-api';
import type { SyncEngine } from '../../storage/server-sync/sync-engine';
import { withServerReview } from '../../report/review';
import type { ImportSource, ServerMode } from '../common/server-mode';
import { parseHash } from '../routing/route';
import type { Me } from './server-session';

/** The server's report on the page now (wizard, review or comparison), if it is one. */
function reportOnPage(): { unitId: number; year: number } | undefined {
  const route = parseHash(window.location.hash);
  const id = 'draftId' in route ? route.draftId : undefined;
  return id ? parseServerDraftId(id) : undefined;
}

/** An audit record the server keeps; a failed call is not retried (the action itself is done). */
function record(path: string, body: unknown): void {
  void callApi('POST', path, body).catch(() => undefined);
}

const content = (d: Draft) => {
  const { review: _review, ...rest } = d;
  return canonicalJson(rest);
};

/** Server mode as the static app's pages see it, for the signed-in user. */
export function serverMode(me: Me, engine: SyncEngine, storage: OpenedRepository): ServerMode {
  return {
    userName: me.name,
    words: {
      submitHint: `提交后，报告通过服务器直接送交审核人，无需保存或发送文件；服务器记录提交人（${me.name}）和时间。`,
      submitted:
        '已提交审核。报告已通过服务器送交审核人，无需另外发送文件；页面上方显示“已保存到服务器”即已送达。',
      reopen: {
        submitted:
          '撤回后，报告的状态将从“已提交审核”变回草稿，审核人在服务器上看到的也是草稿；改完后要重新提交审核。服务器的状态记录中会留下这次撤回。',
      },
      approvedHold: '如需修改已审核通过的报告，请联系审核人在服务器上重新打开报告；重新打开后即可修改。',
    },
    statusCall: async (call) => {
      const key = reportOnPage();
      if (!key) return;
      const id = serverDraftId(key.unitId, key.year);
      await (call === 'submit' ? engine.submit(id) : engine.withdraw(id));
    },
    recordExport: (action, draftCopy) => {
      const key = reportOnPage();
      if (key) record(`/reports/${key.unitId}/${key.year}/exported`, { format: action, draftCopy });
    },
    saveImported: async (draft: Draft, source: ImportSource) => {
      if (me.role !== 'clerk' || !me.unit) throw new Error('只有填报人可以把导入的内容作为本单位的报告。');
      const { year } = draft.meta;
      const id = await engine.open(me.unit.id, year, me.unit.name);
      const current = await storage.repository.get(id);
      const restored = current ? restoreDraft(current.draft) : undefined;
      const existing = restored?.ok ? restored.draft : undefined;
      const status = existing?.review?.status ?? 'draft';
      if (status === 'submitted' || status === 'approved')
        throw new Error(
          `本单位 ${year} 年度的报告${REVIEW_STATUS_LABELS[status]}，不能用导入的内容替换。` +
            (status === 'submitted'
              ? '如需替换，请先在报告中撤回提交。'
              : '如需修改，请审核人重新打开报告。'),
        );
      if (existing && content(existing) !== content(emptyDraft(me.unit.name, year))) {
        const replace = window.confirm(
          `服务器上已有本单位 ${year} 年度的报告。\n确定用导入的内容替换它吗？服务器会保留替换前的版本。选“取消”则打开已有的报告。`,
        );
        if (!replace) return id;
      }
      // The unit's own name always wins over the one read from the file (a published page may
      // have none, or last year's name); the review block (comments, history) stays the server's.
      const named: Draft = { ...draft, meta: { ...draft.meta, agencyName: me.unit.name } };
      await replaceDraft(
        storage.repository,
        storage.journal,
        id,
        withServerReview(named, existing?.review),
        THIS_TAB,
      );
      record(`/reports/${me.unit.id}/${year}/imported`, {
        source: source.kind,
        ...(source.fileName ? { fileName: source.fileName } : {}),
      });
      return id;
    },
  };
}
