// Runtime features newer than Chromium 80 that pdf.js calls. Loaded only before pdf.js is
// (src/import/pdf-text.ts), so the app's first load does not carry them.
import './object-has-own';
import './promise-with-resolvers';
import './element-replace-children';
import './abort-signal-timeout-any';
import './set-methods';
import './weak-ref';
import './structured-clone';
