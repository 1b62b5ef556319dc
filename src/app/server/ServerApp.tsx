import { z } from 'zod/mini';
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { openRepository } from '../../storage/open-repository';
import type { OpenedRepository } from '../../storage/open-repository';
import { callApi } from '../../storage/server-sync/server-api';
import { me as meEndpoint } from '../../api-contract/endpoints';
import { callEndpoint } from '../../storage/server-sync/call-endpoint';
import { SyncEngine } from '../../storage/server-sync/sync-engine';
import { idbSyncMetaStore } from '../../storage/server-sync/sync-meta';
import { syncingRepository } from '../../storage/server-sync/sync-repository';
import { App } from '../App';
import type { ServerHooks } from '../App';
import { AdminPage } from './admin/AdminPage';
import { ADMIN_HASH, deskRoute, parseServerReviewHash, setupToken } from './server-routes';
import { ServerModeContext } from '../common/server-mode';
import { serverMode } from './server-mode-value';
import { ServerSessionContext } from './server-session';
import type { Me, ServerSession } from './server-session';
import { RoleStart, ServerTools } from './RoleStart';
import { SetupPage } from './SetupPage';
import { SignInPage } from './SignInPage';
import { UserBar } from './UserBar';
import { WizardLive } from './live/WizardLive';
import { LocalOnlyBanner } from './LocalOnlyBanner';
import './server.css';

// The server's CSP allows no eval: zod must not even probe for it (the caught `new Function`
// is still reported as a CSP violation). Set as this chunk loads, before the server app parses
// anything; the static app keeps zod's faster compiled parsers.
z.config({ jitless: true });

// Review mode (the report view, the review panels) is loaded when a supervisor opens a report;
// the supervisor's desk when first opened (a clerk never loads either).
const ServerReviewPage = lazy(() => import('./ServerReviewPage'));
const DeskPage = lazy(() => import('./desk/DeskPage'));

/** A server-only page by hash: 管理, a unit's report in review mode, or the supervisor's desk. */
function serverPage(hash: string) {
  if (hash === ADMIN_HASH) return <AdminPage />;
  const review = parseServerReviewHash(hash);
  const desk = deskRoute(hash);
  if (!review && !desk) return undefined;
  return (
    <Suspense fallback={<main id="main">正在载入…</main>}>
      {review ? (
        <ServerReviewPage key={`${review.unitId}/${review.year}`} unitId={review.unitId} year={review.year} />
      ) : desk ? (
        <DeskPage route={desk} />
      ) : null}
    </Suspense>
  );
}

type Shell =
  | { readonly kind: 'loading' }
  | { readonly kind: 'signed-out'; readonly expired: boolean }
  | { readonly kind: 'signed-in'; readonly me: Me };

/**
 * The app when a server serves it: sign-in first, then the same app with the server's start
 * page and drafts that sync to the server (IndexedDB first, as without a server).
 */
export default function ServerApp() {
  const [shell, setShell] = useState<Shell>({ kind: 'loading' });
  const [storage, setStorage] = useState<{ opened: OpenedRepository; engine: SyncEngine } | undefined>();
  const [hash, setHash] = useState(() => window.location.hash);

  const loadMe = useCallback(async (expired = false) => {
    try {
      const answer = await callEndpoint(meEndpoint, {});
      setShell(answer.ok ? { kind: 'signed-in', me: answer.body } : { kind: 'signed-out', expired });
    } catch {
      setShell({ kind: 'signed-out', expired });
    }
  }, []);

  useEffect(() => {
    void openRepository().then((opened) => {
      const engine = new SyncEngine(opened.repository, idbSyncMetaStore(), callApi);
      setStorage({ opened: { ...opened, repository: syncingRepository(opened.repository, engine) }, engine });
    });
    // The session is the server's; the state is set when it answers.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadMe();
    const onHash = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [loadMe]);

  useEffect(() => {
    if (!storage) return;
    const { engine } = storage;
    const onOnline = () => engine.resume();
    window.addEventListener('online', onOnline);
    const off = engine.state.subscribe(() => {
      if (engine.state.get().kind === 'signed-out') setShell({ kind: 'signed-out', expired: true });
    });
    return () => {
      window.removeEventListener('online', onOnline);
      off();
    };
  }, [storage]);

  const session = useMemo<ServerSession | undefined>(() => {
    if (shell.kind !== 'signed-in' || !storage) return undefined;
    return {
      me: shell.me,
      engine: storage.engine,
      signOut: async () => {
        await callApi('DELETE', '/session').catch(() => undefined);
        window.location.hash = '#/';
        setShell({ kind: 'signed-out', expired: false });
      },
    };
  }, [shell, storage]);

  const mode = useMemo(
    () =>
      shell.kind === 'signed-in' && storage
        ? serverMode(shell.me, storage.engine, storage.opened)
        : undefined,
    [shell, storage],
  );

  const hooks = useMemo<ServerHooks | undefined>(
    () =>
      storage
        ? {
            openRepository: async () => storage.opened,
            header: (
              <>
                <UserBar />
                <WizardLive />
              </>
            ),
            startPage: <RoleStart />,
            page: serverPage,
            tools: <ServerTools />,
            banner: <LocalOnlyBanner />,
          }
        : undefined,
    [storage],
  );

  const token = setupToken(hash);
  if (token && shell.kind === 'signed-out') return <SetupPage token={token} onDone={() => void loadMe()} />;
  if (shell.kind === 'loading' || !storage) return <p className="server-loading">正在连接服务器…</p>;
  if (shell.kind === 'signed-out') {
    return (
      <SignInPage
        expired={shell.expired}
        onSignedIn={() => {
          void loadMe().then(() => storage.engine.resume());
        }}
      />
    );
  }
  if (!session || !hooks) return null;
  return (
    <ServerSessionContext.Provider value={session}>
      <ServerModeContext.Provider value={mode}>
        <App server={hooks} />
      </ServerModeContext.Provider>
    </ServerSessionContext.Provider>
  );
}
