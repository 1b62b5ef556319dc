// The entry of tables-demo.html (`vite build --mode demo` → dist-demo/): the three table forms on
// the sample report, for e2e/matrix.spec.ts. It is not part of the app's build.
import './polyfills';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/app.css';
import { TablesDemo } from './app/tables/TablesDemo';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <TablesDemo />
    </StrictMode>,
  );
