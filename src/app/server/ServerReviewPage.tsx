import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PublicationCheckResult, PublishedPage } from '../../import/publication-check';
import { checkPublication, report as reportEndpoint } from '../../api-contract/endpoints';
import type { StoredReport } from '../../api-contract/endpoints';
import { callApi } from '../../storage/server-sync/server-api';
import { callEndpoint } from '../../storage/server-sync/call-endpoint';
import { ReportView } from '../report-view/ReportView';
import { ReviewPage } from '../review/ReviewPage';
import type { ServerReview } from '../review/ReviewPage';
import { START_HASH } from '../routing/route';
import { latestRevision } from './live/live-api';
import { usePoll } from './live/use-poll';
import { ServerNextUnit } from './ServerNextUnit';
import { useServerSession } from './server-session';

/** A file's bytes in base64, in slices (a whole PDF at once would overflow the argument list). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * What a poll compares with: the revision on the page, and this page's own calls under way (their
 * answers are no news from elsewhere).
 */
class ShownReport {
  private rev = 0;
  private calls = 0;
  get revision(): number {
    return this.rev;
  }
  get acting(): boolean {
    return this.calls > 0;
  }
  show(revision: number): void {
    this.rev = revision;
  }
  begin(): void {
    this.calls++;
  }
  end(): void {
    this.calls--;
  }
}

const STALE = '报告在你打开后已有更新（填报人或其他审核人改动过），已重新载入，请查看后再操作。';
const OFFLINE = '无法连接服务器，请检查网络后重试。';
const UPDATED = '这份报告刚刚有了更新（填报人提交或撤回、回复，或其他审核人的操作），本页已显示最新内容。';

/**
 * Review mode for a unit's report on the server: the same review page, with every comment,
 * reply and decision written by the server (which also decides whether it is allowed).
 */
export default function ServerReviewPage({ unitId, year }: { unitId: number; year: number }) {
  const { me } = useServerSession();
  const [report, setReport] = useState<StoredReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [updates, setUpdates] = useState(0);
  const [updated, setUpdated] = useState(false);
  const [shown] = useState(() => new ShownReport());

  const load = useCallback(async () => {
    try {
      const answer = await callEndpoint(reportEndpoint, { unitId, year });
      if (answer.ok) {
        shown.show(answer.body.revision);
        setReport(answer.body);
      } else setProblem(answer.error);
    } catch {
      setProblem(OFFLINE);
    }
  }, [unitId, year, shown]);

  // What the clerk or another reviewer does shows within seconds; what is typed here stays (the
  // page's fields keep their own state when the report under them is read again).
  usePoll(async () => {
    if (shown.revision === 0 || shown.acting) return;
    const latest = await latestRevision(unitId, year, shown.revision);
    if (latest === undefined || latest === shown.revision || shown.acting) return;
    await load();
    setUpdates((n) => n + 1);
    setUpdated(true);
  });

  useEffect(() => {
    // The report comes from the server; the state is set when it answers.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  const actions = useMemo<ServerReview | undefined>(() => {
    if (!report) return undefined;
    const base = `/reports/${unitId}/${year}`;
    /** One call based on the revision shown; the report is read again afterwards. */
    const send = async (path: string, body: Record<string, unknown>): Promise<string | null> => {
      shown.begin();
      try {
        const answer = await callApi('POST', `${base}${path}`, { revision: report.revision, ...body });
        await load();
        if (answer.status === 409) return STALE;
        return answer.status === 200 ? null : (answer.body.error ?? `操作失败（HTTP ${answer.status}）`);
      } catch {
        return OFFLINE;
      } finally {
        shown.end();
      }
    };
    return {
      reviewer: me.name,
      addComment: (c) => send('/comments', c),
      reply: (commentId, text) =>
        send(`/comments/${encodeURIComponent(commentId)}/replies`, {
          id: `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`,
          text,
        }),
      settle: (f, state, note) => send('/settlements', { rule: f.rule, path: f.path, state, note }),
      decide: (decision, note) => send(`/${decision}`, note ? { comment: note } : {}),
      checkPublication: async (page: PublishedPage): Promise<PublicationCheckResult> => {
        const body =
          page.kind === 'text'
            ? { text: page.text }
            : { fileName: page.name, contentBase64: toBase64(page.bytes) };
        try {
          const answer = await callEndpoint(checkPublication, { unitId, year }, body);
          return answer.ok ? { ok: true, check: answer.body.check } : { ok: false, message: answer.error };
        } catch {
          return { ok: false, message: OFFLINE };
        }
      },
      next: <ServerNextUnit unitId={unitId} year={year} />,
    };
  }, [report, unitId, year, me.name, load, shown]);

  if (report && actions) {
    return (
      <ReviewPage
        draft={report.document}
        onChange={() => undefined}
        inMemory={false}
        server={actions}
        notice={updated ? UPDATED : undefined}
        onDismissNotice={() => setUpdated(false)}
        updatesTaken={updates}
      >
        <ReportView draft={report.document} draftMark={report.status !== 'approved'} />
      </ReviewPage>
    );
  }
  return (
    <main id="main">
      {problem ? (
        <>
          <h1>无法打开这份报告</h1>
          <p role="alert">{problem}</p>
          <p>
            <a href={START_HASH}>返回单位列表</a>
          </p>
        </>
      ) : (
        <p>正在读取…</p>
      )}
    </main>
  );
}
