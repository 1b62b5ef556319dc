import { defineMissing } from './define-missing';

type Replacer = string | ((match: string, ...rest: unknown[]) => string);

/**
 * `String.prototype.replaceAll` (Chromium 85). A string pattern becomes a global regular
 * expression of its escaped text, so `$&`-style replacement patterns and replacer functions behave
 * as the built-in's do; a regular expression must be global, as the built-in requires.
 */
export function replaceAll(this: string, pattern: string | RegExp, replacement: Replacer): string {
  const text = String(this);
  let global: RegExp;
  if (pattern instanceof RegExp) {
    if (!pattern.global) throw new TypeError('replaceAll must be called with a global RegExp');
    global = pattern;
  } else {
    global = new RegExp(String(pattern).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
  }
  return typeof replacement === 'string'
    ? text.replace(global, replacement)
    : text.replace(global, replacement);
}

defineMissing(String.prototype, 'replaceAll', replaceAll);
