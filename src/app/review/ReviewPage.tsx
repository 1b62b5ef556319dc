import { useMemo, useRef, useState } from 'react';
import { ReviewExportSection } from '../export-panel/ReviewExportSection';
import type { MouseEvent, ReactNode } from 'react';
import { partElementId } from '../../export/html-cell';
import type { PublicationCheckResult, PublishedPage } from '../../import/publication-check';
import type { StepId } from '../../report/part-of-path';
import { addComment, approve, reviewOf } from '../../report/review';
import { addReply, returnForChanges } from '../../report/review-round';
import type { ReviewResult } from '../../report/review';
import { checkDraft } from '../../report/rules/check-draft';
import type { Finding } from '../../report/findings';
import type { Draft, ReviewComment, SettleState } from '../../report/schema';
import { settleWarning } from '../../report/settlements';
import { downloadDraftFile } from '../../storage/draft-file';
import type { CommentTarget } from './comment-target';
import { targetOfElement } from './comment-target';
import { statusLabelOf } from '../common/approval-status';
import { ApprovalWarning } from './ApprovalWarning';
import { ChangesSinceReturn } from './ChangesSinceReturn';
import { PublicationCheckPanel } from './PublicationCheckPanel';
import { CoverSheetSection } from './CoverSheetSection';
import { checkCoverCode, codeCheckMessage } from '../../report/cover-sheet';
import { CommentForm } from './CommentForm';
import { CommentList } from './CommentList';
import { CommentMarks } from './CommentMarks';
import { FindingList } from './FindingList';
import { HistoryList } from './HistoryList';
import { ReviewDecision } from './ReviewDecision';
import { ReviewerName } from './ReviewerName';
import { NextUnit } from './NextUnit';
import { loadName, saveName } from '../../storage/remembered-name';
import { useLeaveWarning } from './use-leave-warning';
import './review.css';

/**
 * Review through a server: the server writes every comment, reply and decision (and decides
 * whether it is allowed); each call resolves to why it was refused, or null.
 */
export interface ServerReview {
  /** The signed-in supervisor's name (no name to type). */
  readonly reviewer: string;
  readonly addComment: (c: { part: StepId; path?: string; text: string }) => Promise<string | null>;
  readonly reply: (commentId: string, text: string) => Promise<string | null>;
  readonly decide: (decision: 'return' | 'approve', note: string) => Promise<string | null>;
  readonly checkPublication: (page: PublishedPage) => Promise<PublicationCheckResult>;
  /** 已核实 / 需修改 on one warning. */
  readonly settle: (f: Finding, state: SettleState, note: string) => Promise<string | null>;
  /** The way on after a decision: the next unit waiting for review. */
  readonly next: ReactNode;
}

/** 发布核对 in the file flow: read and compared in this browser, nothing logged. */
async function checkInBrowser(draft: Draft, page: PublishedPage): Promise<PublicationCheckResult> {
  const { checkPublishedPage } = await import('../../import/publication-check');
  return checkPublishedPage(draft, page);
}

interface Props {
  readonly draft: Draft;
  readonly onChange: (draft: Draft) => void;
  /** Kept only in this page (a file or a batch row): remind to save the file after a change. */
  readonly inMemory: boolean;
  /** The report as it will be published (read-only). */
  readonly children: ReactNode;
  /** Why the last action was not saved (the stored draft changed meanwhile), if it was not. */
  readonly notice?: string | null | undefined;
  readonly onDismissNotice?: () => void;
  /** Opens another unit's draft in review mode (offered after a decision). */
  readonly onOpenNext?: (draft: Draft) => void;
  /** Set when the report is the server's: every action goes through it. */
  readonly server?: ServerReview;
  /**
   * Counts the changes made elsewhere that the page took in (the server's report read again):
   * each one clears what the page said of its own last decision, which may no longer hold.
   */
  readonly updatesTaken?: number;
}

const now = () => new Date().toISOString();

/** Where a comment points in the report view. */
function placeOf(c: ReviewComment): Element | null {
  const byPath = c.path ? document.querySelector(`.review-report [data-path="${CSS.escape(c.path)}"]`) : null;
  return byPath ?? document.getElementById(partElementId(c.part));
}

/** 审核: the report, every finding, comments, and 退回修改 / 审核通过. */
export function ReviewPage({
  draft,
  onChange,
  inMemory,
  children,
  notice,
  onDismissNotice,
  onOpenNext,
  server,
  updatesTaken = 0,
}: Props) {
  const [typedName, setReviewer] = useState(() => loadName('reviewer'));
  const reviewer = server?.reviewer ?? typedName;
  const [nameMissing, setNameMissing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [decided, setDecided] = useState(false);
  const [updatesSeen, setUpdatesSeen] = useState(updatesTaken);
  if (updatesSeen !== updatesTaken) {
    setUpdatesSeen(updatesTaken);
    setMessage(null);
    setDecided(false);
  }
  const [target, setTarget] = useState<CommentTarget>({ part: 'applications', path: '' });
  const nameRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const findings = useMemo(() => checkDraft(draft), [draft]);
  const review = reviewOf(draft);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const saveHint = inMemory && !server ? '请点击“保存草稿文件”，把文件发回填报人。' : '';
  // A draft opened from a file lives only in this page: what changed since it was opened or
  // last saved as a file is lost with the tab, so say so and ask before the tab goes.
  const [savedDraft, setSavedDraft] = useState(draft);
  const unsaved = inMemory && draft !== savedDraft;
  useLeaveWarning(unsaved);

  const saveFile = () => {
    downloadDraftFile(draft);
    setSavedDraft(draft);
  };

  /** Every action needs the reviewer's name: ask for it at the field. */
  function named(): boolean {
    if (server) return true;
    if (reviewer.trim()) {
      setNameMissing(false);
      saveName('reviewer', reviewer);
      return true;
    }
    setNameMissing(true);
    nameRef.current?.focus();
    return false;
  }

  /** A decision through the server: its refusal shown, or done. */
  async function decideOnServer(decision: 'return' | 'approve', note: string, done: string) {
    if (!server) return;
    const problem = await server.decide(decision, note);
    setMessage(problem ?? done);
    if (!problem) setDecided(true);
  }

  function apply(result: ReviewResult, done: string) {
    if (result.ok) {
      onChange(result.draft);
      setMessage(done);
      setDecided(true);
    } else {
      setMessage(result.message);
    }
  }

  function pick(e: MouseEvent<HTMLElement>) {
    const t = targetOfElement(e.target instanceof Element ? e.target : null);
    if (!t) return;
    setTarget(t);
    textRef.current?.focus({ preventScroll: true });
  }

  function show(c: ReviewComment) {
    const el = placeOf(c);
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setTarget({ part: c.part as CommentTarget['part'], path: c.path ?? '' });
  }

  return (
    <main className="review-page" id="main">
      <div className="review-head">
        <div>
          <h1>
            审核：{draft.meta.agencyName} {draft.meta.year} 年报告
          </h1>
          <p className="review-status">
            当前状态：<strong>{statusLabelOf(draft, findings)}</strong>
            <span className="hint">（报告只读，审核人不能修改内容）</span>
          </p>
        </div>
        {server ? null : (
          <div className="review-save">
            <button type="button" className="button" onClick={saveFile}>
              保存草稿文件
            </button>
            <p className="review-unsaved" role="status">
              {unsaved ? '审核意见和状态尚未保存到文件' : ''}
            </p>
          </div>
        )}
      </div>
      <ApprovalWarning draft={draft} findings={findings} />
      {notice ? (
        <div className="banner banner-warning" role="alert">
          <p className="banner-title">{notice}</p>
          <button type="button" className="button" onClick={onDismissNotice}>
            知道了
          </button>
        </div>
      ) : null}
      <div className="review-layout">
        {/* A click on a number or paragraph chooses it for the next comment (the form's lists do the same by keyboard). */}
        <section className="review-report" aria-label="报告全文（只读）" onClick={pick}>
          <CommentMarks comments={review.comments} target={target} />
          {children}
        </section>
        <aside className="review-side" aria-label="审核">
          <ReviewDecision
            status={review.status}
            errors={errors}
            message={message}
            onReturn={(note) => {
              if (server) return void decideOnServer('return', note, '已退回修改。');
              if (named())
                apply(returnForChanges(draft, reviewer, now(), note || undefined), `已退回修改。${saveHint}`);
            }}
            onApprove={(note) => {
              if (server) return void decideOnServer('approve', note, '已审核通过。');
              if (named())
                apply(
                  approve(draft, findings, reviewer, now(), note || undefined),
                  `已审核通过。${saveHint}`,
                );
            }}
          />
          {decided && server ? server.next : null}
          {decided && !server && onOpenNext ? (
            <NextUnit current={draft} unsaved={unsaved} onSave={saveFile} onOpen={onOpenNext} />
          ) : null}
          <ChangesSinceReturn draft={draft} />
          {review.status === 'approved' ? <CoverSheetSection draft={draft} findings={findings} /> : null}
          {review.status === 'approved' ? (
            <PublicationCheckPanel
              logged={server !== undefined}
              onCheckCode={(typed) => {
                const check = checkCoverCode(draft, findings, typed);
                return { message: codeCheckMessage(check), match: check.kind === 'match' };
              }}
              onCheck={(page) => (server ? server.checkPublication(page) : checkInBrowser(draft, page))}
            />
          ) : null}
          <section aria-labelledby="review-comments">
            <h2 id="review-comments">审核意见</h2>
            {server ? (
              <p className="hint">审核人：{server.reviewer}</p>
            ) : (
              <ReviewerName
                value={reviewer}
                onChange={setReviewer}
                missing={nameMissing}
                inputRef={nameRef}
              />
            )}
            <CommentForm
              target={target}
              onTarget={setTarget}
              textRef={textRef}
              onAdd={(c) => {
                if (server) return server.addComment(c);
                if (!named()) return '请先填写审核人姓名。';
                const r = addComment(draft, {
                  ...c,
                  id: `c${Date.now().toString(36)}`,
                  author: reviewer,
                  at: now(),
                });
                if (r.ok) onChange(r.draft);
                return r.ok ? null : r.message;
              }}
            />
            <CommentList
              comments={review.comments}
              onShow={show}
              onReply={(c, text) => {
                if (server) return server.reply(c.id, text);
                if (!named()) return '请先填写审核人姓名。';
                const r = addReply(draft, c.id, {
                  id: `r${Date.now().toString(36)}`,
                  text,
                  author: reviewer,
                  role: 'supervisor',
                  at: now(),
                });
                if (r.ok) onChange(r.draft);
                return r.ok ? null : r.message;
              }}
            />
          </section>
          <section aria-labelledby="review-findings">
            <h2 id="review-findings">检查结果</h2>
            <FindingList
              findings={findings}
              draft={draft}
              onSettle={(f, state, note) => {
                if (server) return server.settle(f, state, note);
                if (!named()) return '请先填写审核人姓名。';
                const r = settleWarning(draft, findings, f, {
                  state,
                  note,
                  by: reviewer,
                  role: 'supervisor',
                  at: now(),
                });
                if (r.ok) onChange(r.draft);
                return r.ok ? null : r.message;
              }}
            />
          </section>
          <section aria-labelledby="review-history">
            <h2 id="review-history">状态记录</h2>
            <HistoryList history={review.history} />
          </section>
          <ReviewExportSection draft={draft} />
        </aside>
      </div>
    </main>
  );
}
