import { useCallback } from 'react';
import type { Draft } from '../../report/schema';
import { THIS_TAB } from '../../storage/broadcast-tab-channel';
import { replaceDraft } from '../../storage/draft-store';
import { newDraftId } from '../../storage/new-draft-id';
import { reportHash } from '../routing/route';
import { navigate } from '../routing/use-route';
import { useServerMode } from '../common/server-mode';
import type { ImportSource } from '../common/server-mode';
import { findDraftFor } from './find-draft';
import { useDrafts } from './repository-context';

/**
 * Stores a draft made elsewhere (import, next year's start) and opens it in the wizard.
 * When this browser already holds a draft of that agency and year, the clerk decides:
 * replace it, or keep it and open it instead. Nothing is overwritten silently. On a server it
 * becomes the clerk's unit's report of that year (the server records the import). Resolves to
 * why it was not taken (a Chinese message to show where the clerk is), or undefined.
 */
export function useSaveNewDraft(): (draft: Draft, source: ImportSource) => Promise<string | undefined> {
  const { repository, journal, reportStorageProblem } = useDrafts();
  const server = useServerMode();
  return useCallback(
    async (draft: Draft, source: ImportSource) => {
      if (server) {
        try {
          navigate(reportHash(await server.saveImported(draft, source), 'basics'));
          return undefined;
        } catch (e) {
          return e instanceof Error ? e.message : String(e);
        }
      }
      const existing = findDraftFor(await repository.list(), draft.meta.agencyName, draft.meta.year);
      let id = newDraftId();
      if (existing) {
        const replace = window.confirm(
          `本浏览器中已有“${existing.agencyName} ${existing.year} 年”的草稿。\n确定用新内容替换它吗？选“取消”则打开已有的草稿。`,
        );
        if (!replace) {
          navigate(reportHash(existing.id, 'basics'));
          return undefined;
        }
        id = existing.id;
      }
      try {
        await replaceDraft(repository, journal, id, draft, THIS_TAB);
      } catch (e) {
        reportStorageProblem(`保存草稿失败（${e instanceof Error ? e.message : String(e)}）`);
        return undefined;
      }
      navigate(reportHash(id, 'basics'));
      return undefined;
    },
    [repository, journal, reportStorageProblem, server],
  );
}
