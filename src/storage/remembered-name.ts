/** Where each role's name is kept (the keys the two names always had, so no one is asked again). */
const KEYS = {
  clerk: 'gov-info-report.clerk-name',
  reviewer: 'gov-report-reviewer-name',
} as const;

/** Whose name: the clerk's (填报人, when submitting) or the reviewer's (审核人). */
export type NamedRole = keyof typeof KEYS;

/** The name entered once for the history of status changes and comments; remembered in this browser. */
export function loadName(role: NamedRole): string {
  try {
    return localStorage.getItem(KEYS[role]) ?? '';
  } catch {
    return '';
  }
}

export function saveName(role: NamedRole, name: string): void {
  try {
    localStorage.setItem(KEYS[role], name.trim());
  } catch {
    // Storage refused: the name is asked again next time.
  }
}
