/** How many units the desk's long lists show at first and per 再列出 (a county fits in one). */

/** The 问题清单: its units with their findings. */
export const FINDINGS_PAGE = 500;

/** The roster: its units with status and counts. */
export const ROSTER_PAGE = 2000;
