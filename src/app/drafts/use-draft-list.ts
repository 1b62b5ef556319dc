import { useCallback, useEffect, useState } from 'react';
import type { DraftRecord } from '../../storage/draft-record';
import { useDrafts } from './repository-context';

export interface DraftList {
  /** Newest first; undefined while loading. */
  readonly records: readonly DraftRecord[] | undefined;
  readonly refresh: () => Promise<void>;
}

/** The drafts stored in this browser. */
export function useDraftList(): DraftList {
  const { repository, reportStorageProblem } = useDrafts();
  const [records, setRecords] = useState<readonly DraftRecord[] | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      const list = await repository.list();
      setRecords([...list].sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
    } catch (e) {
      setRecords([]);
      reportStorageProblem(`读取已保存的草稿失败（${e instanceof Error ? e.message : String(e)}）`);
    }
  }, [repository, reportStorageProblem]);
  useEffect(() => {
    // Loading from IndexedDB is asynchronous; the state is set when it answers.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh();
  }, [refresh]);
  return { records, refresh };
}
