import { loadProseFigures } from './src/report/rules/prose-figures';

// checkDraft's P1 for tables 三 and 四 is loaded on demand (as the CLI and the server do at start).
await loadProseFigures();
