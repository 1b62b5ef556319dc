/** The edit journal's own IndexedDB database and store (the same names idb-keyval's createStore makes). */
export const JOURNAL_DB_NAME = 'gov-info-report-journal';
export const JOURNAL_STORE = 'edits';
