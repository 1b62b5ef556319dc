import { useCallback, useEffect, useRef, useState } from 'react';
import { FileButton } from '../common/FileButton';
import type { Finding } from '../../report/findings';
import type { Draft } from '../../report/schema';
import { THIS_TAB } from '../../storage/broadcast-tab-channel';
import { onDraftSaved } from '../../storage/draft-changes';
import { loadDraft, saveDraft } from '../../storage/draft-store';
import { readChosenFile } from '../common/read-chosen-file';
import { useDrafts } from '../drafts/repository-context';
import { ReportView } from '../report-view/ReportView';
import { ReviewPage } from '../review/ReviewPage';
import { clearHandedOff, handOffForReview, peekHandedOff } from '../review/review-handoff';
import { FileProblems } from '../common/FileProblems';
import { REVIEW_FILE_HASH } from '../routing/route';
import { navigate } from '../routing/use-route';

/** Review mode for a draft stored in this browser, or for a draft file the supervisor opens. */
export function ReviewRoute({ draftId }: { draftId?: string | undefined }) {
  const { repository, journal, reportStorageProblem } = useDrafts();
  const [draft, setDraft] = useState<Draft | null>(() => (draftId ? null : peekHandedOff()));
  const [problem, setProblem] = useState<{ fileName: string; findings: readonly Finding[] } | null>(null);
  const [missing, setMissing] = useState(false);
  // Each draft opened here gets a fresh review page (its name field stays remembered).
  const [opened, setOpened] = useState(0);

  // Read in the initializer, forgotten after mount (StrictMode runs initializers twice).
  useEffect(() => clearHandedOff(), []);

  const [stale, setStale] = useState<string | null>(null);
  /** The stored version this page shows and its write count: what a review decision applies to. */
  const shown = useRef<{ draft: Draft; rev: number } | null>(null);

  const load = useCallback(async () => {
    if (!draftId) return;
    const r = await loadDraft(repository, journal, draftId);
    if (r.kind !== 'ready') return setMissing(true);
    shown.current = { draft: r.stored, rev: r.rev };
    setDraft(r.stored);
  }, [draftId, repository, journal]);

  useEffect(() => {
    // Reading IndexedDB is asynchronous; the state is set when it answers.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
    // Another tab (the clerk's wizard) wrote this draft: show what it wrote.
    return draftId ? onDraftSaved(draftId, THIS_TAB, () => void load()) : undefined;
  }, [draftId, load]);

  const change = (next: Draft) => {
    const base = shown.current;
    if (!draftId || !base) return setDraft(next);
    setDraft(next);
    void saveDraft(repository, { id: draftId, base: base.draft, baseRev: base.rev, next, writer: THIS_TAB })
      .then((outcome) => {
        if (outcome.kind === 'saved' || outcome.kind === 'merged') {
          shown.current = { draft: outcome.draft, rev: outcome.rev };
          setDraft(outcome.draft);
          return;
        }
        setStale(
          outcome.kind === 'missing'
            ? '这份草稿已在另一个标签页中被删除，审核结果没有保存。'
            : '报告在你打开后已被填报人修改（或已在另一个标签页中审核），本次操作没有保存。已载入最新内容，请重新查看后再操作。',
        );
        void load();
      })
      .catch((e: unknown) => {
        reportStorageProblem(
          `保存审核结果失败（${e instanceof Error ? e.message : String(e)}），请保存草稿文件。`,
        );
      });
  };

  if (draft) {
    return (
      <ReviewPage
        key={opened}
        draft={draft}
        onChange={change}
        inMemory={!draftId}
        notice={stale}
        onDismissNotice={() => setStale(null)}
        onOpenNext={(next) => {
          window.scrollTo(0, 0);
          // From a stored draft, the next one is a file's or a batch row's: review mode for files.
          if (draftId) {
            handOffForReview(next);
            return navigate(REVIEW_FILE_HASH);
          }
          setOpened((n) => n + 1);
          setDraft(next);
        }}
      >
        <ReportView draft={draft} draftMark={draft.review?.status !== 'approved'} />
      </ReviewPage>
    );
  }
  if (missing) {
    return (
      <main id="main">
        <h1>找不到这份草稿</h1>
        <p>本浏览器中没有这份草稿，可能已被删除。请打开草稿文件进行审核。</p>
      </main>
    );
  }
  if (draftId) return <main id="main">正在读取…</main>;
  return (
    <main id="main" className="start">
      <h1>审核草稿文件</h1>
      <p className="lead">
        打开填报人发来的草稿文件（.json），查看报告全文和检查结果，写审核意见，退回修改或审核通过。
      </p>
      <FileButton
        primary
        label="打开要审核的草稿文件"
        accept=".json,application/json"
        onFile={(file) => {
          void readChosenFile(file).then((r) => {
            if (r.draft) {
              setProblem(null);
              setDraft(r.draft);
            } else setProblem({ fileName: file.name, findings: r.findings });
          });
        }}
      />
      {problem && <FileProblems fileName={problem.fileName} findings={problem.findings} />}
    </main>
  );
}
