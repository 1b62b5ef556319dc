import { defineMissing } from './define-missing';

/** `replaceChildren` of elements and fragments (Chromium 86); pdf.js calls it. */
function replaceChildren(this: Element | DocumentFragment, ...nodes: (Node | string)[]): void {
  while (this.firstChild) this.removeChild(this.firstChild);
  this.append(...nodes);
}

if (typeof Element !== 'undefined') defineMissing(Element.prototype, 'replaceChildren', replaceChildren);
if (typeof DocumentFragment !== 'undefined')
  defineMissing(DocumentFragment.prototype, 'replaceChildren', replaceChildren);
