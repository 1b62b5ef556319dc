const KEY = 'gov-report-reviewer-name';

/** The name a reviewer enters once; remembered in this browser. */
export function loadReviewerName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveReviewerName(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    /* storage unavailable: the name is asked again next time */
  }
}
