import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { openRepository } from '../storage/open-repository';
import type { OpenedRepository } from '../storage/open-repository';
import { DraftsContext } from './drafts/repository-context';
import type { Drafts } from './drafts/repository-context';
import { StorageBanner } from './drafts/StorageBanner';
import { BATCH_HASH, IMPORT_HASH, REVIEW_FILE_HASH, START_HASH } from './routing/route';
import type { Route } from './routing/route';
import { useRoute } from './routing/use-route';
import { PageErrorBoundary } from './page-failure/PageErrorBoundary';
import { WizardPage } from './wizard/WizardPage';
import './print.css';

// The start page (drafts in this browser, 新建报告, 打开草稿文件) is its own chunk, so a report's
// address loads only the wizard; pages a clerk rarely needs are loaded on demand too.
const StartPage = lazy(() => import('./start/StartPage').then((m) => ({ default: m.StartPage })));
// Pages a clerk rarely needs are loaded on demand, keeping the first load small.
const BatchRoute = lazy(() => import('./routes/BatchRoute').then((m) => ({ default: m.BatchRoute })));
const ImportRoute = lazy(() => import('./routes/ImportRoute').then((m) => ({ default: m.ImportRoute })));
const ReviewRoute = lazy(() => import('./routes/ReviewRoute').then((m) => ({ default: m.ReviewRoute })));
const CompareRoute = lazy(() => import('./routes/CompareRoute').then((m) => ({ default: m.CompareRoute })));

/** What the server shell (src/app/server, loaded only when a server serves the app) puts in. */
export interface ServerHooks {
  /** The drafts' storage: IndexedDB first, then the server. */
  readonly openRepository: () => Promise<OpenedRepository>;
  /** Sync status and the signed-in user, in the header. */
  readonly header: ReactNode;
  /** The units' reports from the server, instead of the drafts in this browser. */
  readonly startPage: ReactNode;
  /** Pages only the server has (管理), by hash. */
  readonly page: (hash: string) => ReactNode | undefined;
  /** The header's tools for the signed-in role, instead of the single-PC file tools. */
  readonly tools: ReactNode;
  /** Under the header on every page: what is saved only on this PC (nothing while all is on the server). */
  readonly banner: ReactNode;
}

/** The application shell: opens the drafts' storage, then the start page or the wizard by route. */
export function App({ server }: { server?: ServerHooks } = {}) {
  const [opened, setOpened] = useState<OpenedRepository | undefined>(undefined);
  const [storageProblem, setStorageProblem] = useState<string | undefined>(undefined);
  const open = server?.openRepository ?? openRepository;
  useEffect(() => {
    void open().then((o) => {
      setOpened(o);
      const { failure } = o;
      if (failure) setStorageProblem(`浏览器拒绝了本地存储（${failure}）`);
    });
  }, [open]);
  const reportStorageProblem = useCallback((message: string | undefined) => setStorageProblem(message), []);
  const drafts = useMemo<Drafts | undefined>(
    () =>
      opened
        ? { repository: opened.repository, journal: opened.journal, storageProblem, reportStorageProblem }
        : undefined,
    [opened, storageProblem, reportStorageProblem],
  );
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        跳到主要内容
      </a>
      <header className="app-header">
        <a className="app-name" href={START_HASH}>
          政府信息公开工作年度报告
        </a>
        {server ? (
          server.tools
        ) : (
          <nav aria-label="工具">
            <a href={IMPORT_HASH}>导入已发布的报告</a>
            <a href={REVIEW_FILE_HASH}>审核草稿文件</a>
            <a href={BATCH_HASH}>批量检查</a>
          </nav>
        )}
        {server?.header}
      </header>
      {drafts ? (
        <DraftsContext.Provider value={drafts}>
          <StorageBanner />
          {server?.banner}
          <PageRoute server={server} />
        </DraftsContext.Provider>
      ) : null}
    </div>
  );
}

/** The current page, inside its own error boundary: a page that fails never blanks the app. */
function PageRoute({ server }: { server: ServerHooks | undefined }) {
  const route = useRoute();
  const draftId = route.page === 'report' || route.page === 'compare' ? route.draftId : undefined;
  return (
    <PageErrorBoundary address={window.location.hash} draftId={draftId}>
      <Routes route={route} server={server} />
    </PageErrorBoundary>
  );
}

function Routes({ route, server }: { route: Route; server: ServerHooks | undefined }) {
  if (route.page === 'report')
    return <WizardPage key={route.draftId} draftId={route.draftId} step={route.step} />;
  const loading = <main id="main">正在载入…</main>;
  if (route.page === 'start')
    return server ? (
      server.startPage
    ) : (
      <Suspense fallback={loading}>
        <StartPage />
      </Suspense>
    );
  const serverPage = route.page === 'not-found' ? server?.page(window.location.hash) : undefined;
  if (serverPage) return serverPage;
  if (route.page === 'batch')
    return (
      <Suspense fallback={loading}>
        <BatchRoute />
      </Suspense>
    );
  if (route.page === 'import')
    return (
      <Suspense fallback={loading}>
        <ImportRoute nextYear={route.nextYear === true} />
      </Suspense>
    );
  if (route.page === 'review')
    return (
      <Suspense fallback={loading}>
        <ReviewRoute key={route.draftId ?? ''} draftId={route.draftId} />
      </Suspense>
    );
  if (route.page === 'compare')
    return (
      <Suspense fallback={loading}>
        <CompareRoute key={route.draftId} draftId={route.draftId} />
      </Suspense>
    );
  return (
    <main className="start" id="main">
      <h1>找不到这个页面</h1>
      <p>
        <a href={START_HASH}>返回首页</a>
      </p>
    </main>
  );
}

/** The skip link must not change the hash route. */
function skipToMain(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  const main = document.getElementById('main');
  if (main) {
    main.tabIndex = -1;
    main.focus();
  }
}
