// First: the polyfills must be installed before any other module runs.
import './polyfills';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';

// index.html shows its 浏览器版本过旧 notice when this mark is missing after the page has loaded.
document.documentElement.setAttribute('data-app', 'started');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
