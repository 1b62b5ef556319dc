/**
 * Paths whose findings wait until the clerk moves on (the form's own text and number fields).
 * Table cells are checked as they are typed: totals and 勾稽关系 follow every keystroke.
 */
export function isGatedPath(path: string): boolean {
  return !/^(proactive|applications|appeals)\./.test(path);
}
