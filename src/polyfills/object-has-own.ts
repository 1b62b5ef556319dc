import { defineMissing } from './define-missing';

/** `Object.hasOwn` (Chromium 93); pdf.js calls it. */
defineMissing(Object, 'hasOwn', (o: object, key: PropertyKey) =>
  Object.prototype.hasOwnProperty.call(o, key),
);
