const KEY = 'gov-info-report.clerk-name';

/** The clerk's name for the history of status changes, asked once and remembered. */
export function loadClerkName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveClerkName(name: string): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // Storage refused: the name is asked again next time.
  }
}
