/**
 * Chromium before 84 lays out flex items without `gap` (grid gap it has). Measured once at
 * start-up: where flex `gap` does nothing, `<html>` gets `no-flex-gap` and old-browsers.css
 * spaces those rows with margins instead.
 */
export const NO_FLEX_GAP_CLASS = 'no-flex-gap';

export function supportsFlexGap(doc: Document): boolean {
  const flex = doc.createElement('div');
  flex.style.cssText = 'display:flex;flex-direction:column;row-gap:1px;position:absolute;visibility:hidden';
  flex.append(doc.createElement('div'), doc.createElement('div'));
  doc.body.append(flex);
  const works = flex.scrollHeight === 1;
  flex.remove();
  return works;
}

export function markFlexGapSupport(doc: Document = document): void {
  if (!supportsFlexGap(doc)) doc.documentElement.classList.add(NO_FLEX_GAP_CLASS);
}
