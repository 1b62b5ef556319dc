import type { Finding } from '../../report/findings';
import type { Draft } from '../../report/schema';

/** Why a report call was refused: the HTTP status, a Chinese message, and what goes with it. */
export class ReportError extends Error {
  constructor(
    readonly status: 403 | 404 | 409 | 422,
    message: string,
    readonly extra: {
      revision?: number;
      document?: Draft;
      findings?: readonly Finding[];
      /** With a stale save: who saved the server's revision (their name) and when (ISO time). */
      savedBy?: string;
      savedAt?: string;
    } = {},
  ) {
    super(message);
  }
}

export const NOT_FOUND = '没有找到这份报告。';
