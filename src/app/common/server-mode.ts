import { createContext, useContext } from 'react';
import type { Draft } from '../../report/schema';
import type { ExportFormat } from '../../export/export-report';

/** Where an imported draft came from, for the server's audit log. */
export interface ImportSource {
  readonly kind: 'published' | 'draft-file' | 'next-year';
  readonly fileName?: string | undefined;
}

/**
 * What the static app needs to know when a server serves it (src/app/server fills it in; the
 * static app has none): the report goes to the reviewer through the server, not as a file;
 * exports and imports are recorded in the server's audit log.
 */
export interface ServerMode {
  /** The signed-in user's name (the server records it as who submitted). */
  readonly userName: string;
  /**
   * What the wizard says instead of “save the file and send it” (kept with the server's code,
   * out of the static app's first load).
   */
  readonly words: {
    /** Under 提交审核: who the report goes to, and who is recorded. */
    readonly submitHint: string;
    /** After 提交审核. */
    readonly submitted: string;
    /** What 撤回并修改 does. */
    readonly reopen: { readonly submitted: string };
    /**
     * Instead of 修改报告 on an approved report: on the server only the supervisor reopens one
     * (with a reason), so the clerk is told whom to ask.
     */
    readonly approvedHold: string;
  };
  /**
   * Tells the server that the report on this page was printed or exported (its audit log
   * records who and when); nothing for a report the server does not keep.
   */
  readonly recordExport: (action: 'print' | ExportFormat, draftCopy: boolean) => void;
  /**
   * Takes an imported draft as the clerk's unit's report of its year (asking first when that
   * report has content; refused while it is submitted or approved) and records the import.
   * The wizard's draft id to open (replaced, or kept as it was when the clerk chose so).
   * Throws an Error with a Chinese message when it cannot.
   */
  readonly saveImported: (draft: Draft, source: ImportSource) => Promise<string>;
  /**
   * 提交审核 or 撤回 of the report on this page, made by the server's own call once everything
   * saved before it has reached the server (queued while offline). The status in the form is
   * only what the page shows meanwhile; the server's answer replaces it.
   */
  readonly statusCall: (call: 'submit' | 'withdraw') => Promise<void>;
}

export const ServerModeContext = createContext<ServerMode | undefined>(undefined);

/** The server mode, or undefined for the static app. */
export function useServerMode(): ServerMode | undefined {
  return useContext(ServerModeContext);
}
