import { defineMissing } from './define-missing';
import { typedArrayPrototype } from './typed-array-prototype';

type Predicate<T> = (value: T, index: number, array: ArrayLike<T>) => unknown;

/** `findLast` of arrays and typed arrays (Chromium 97). */
export function findLast<T>(this: ArrayLike<T>, predicate: Predicate<T>, thisArg?: unknown): T | undefined {
  for (let i = this.length - 1; i >= 0; i--) {
    const value = this[i] as T;
    if (predicate.call(thisArg, value, i, this)) return value;
  }
  return undefined;
}

defineMissing(Array.prototype, 'findLast', findLast);
defineMissing(typedArrayPrototype, 'findLast', findLast);
