import { useLayoutEffect } from 'react';

/**
 * Sets the data attribute `attribute` on every element `selector` matches, and keeps it there
 * while the page redraws (elements added later get it too); removes it when the selector changes
 * or the component goes. The look is a rule of a stylesheet on the attribute: no inline style,
 * so a strict Content-Security-Policy (`style-src 'self'`) lets the mark show. An empty selector
 * marks nothing.
 */
export function useMark(attribute: `data-mark-${string}`, selector: string): void {
  useLayoutEffect(() => {
    if (!selector) return undefined;
    const apply = () => {
      for (const element of document.querySelectorAll(selector)) {
        if (!element.hasAttribute(attribute)) element.setAttribute(attribute, '');
      }
    };
    apply();
    // Setting an attribute is not a childList change, so this never calls itself.
    const observer = new MutationObserver(apply);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      for (const element of document.querySelectorAll(`[${attribute}]`)) element.removeAttribute(attribute);
    };
  }, [attribute, selector]);
}

/** Only plain draft paths (letters, digits, dots) are ever written into a selector. */
export const isPlainPath = (path: string): boolean => /^[A-Za-z0-9.]+$/.test(path);
