/**
 * Adds a built-in method to a prototype or constructor only when the browser lacks it, the way
 * the built-in would be: writable, configurable, not enumerable.
 */
export function defineMissing(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}
