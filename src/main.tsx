// First: the polyfills must be installed before any other module runs.
import './polyfills';
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { markFlexGapSupport } from './app/flex-gap';
import './app/app.css';
import './app/old-browsers.css';

// Chromium < 84 (no flex gap): mark <html> for old-browsers.css.
markFlexGapSupport();

// index.html shows its 浏览器版本过旧 notice when this mark is missing after the page has loaded.
document.documentElement.setAttribute('data-app', 'started');

// Served by `npm run server` (its index.html carries this tag): sign-in, the server's start page
// and syncing, loaded on demand. Without it the app is the static app, unchanged.
const onServer = document.querySelector('meta[name="report-server"]') !== null;
const ServerApp = lazy(() => import('./app/server/ServerApp'));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {onServer ? (
        <Suspense fallback={null}>
          <ServerApp />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}
