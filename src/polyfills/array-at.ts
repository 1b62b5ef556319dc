import { defineMissing } from './define-missing';
import { typedArrayPrototype } from './typed-array-prototype';

/** `Array.prototype.at`, `String.prototype.at`, `%TypedArray%.prototype.at` (Chromium 92). */
export function at<T>(this: ArrayLike<T>, index: number): T | undefined {
  const n = Math.trunc(index) || 0;
  const i = n < 0 ? this.length + n : n;
  return i < 0 || i >= this.length ? undefined : this[i];
}

defineMissing(Array.prototype, 'at', at);
defineMissing(String.prototype, 'at', at);
defineMissing(typedArrayPrototype, 'at', at);
