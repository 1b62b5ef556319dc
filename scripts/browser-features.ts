/**
 * Runtime features newer than Chromium 80 (the oldest browser we support) that a build may call,
 * each with the Chromium version that brought it and the polyfill that supplies it, if any.
 * Patterns match the minified output, so they find uses in our code and in libraries alike.
 */
export type BrowserFeature = {
  name: string;
  chromium: number;
  pattern: RegExp;
  /** The file in src/polyfills/ that installs it; undefined when nothing does. */
  polyfill?: string;
};

export const TARGET_CHROMIUM = 80;

export const BROWSER_FEATURES: readonly BrowserFeature[] = [
  { name: 'Array/String.prototype.at', chromium: 92, pattern: /\.at\(/, polyfill: 'array-at.ts' },
  { name: 'Object.hasOwn', chromium: 93, pattern: /\bObject\.hasOwn\b/, polyfill: 'object-has-own.ts' },
  { name: 'Array.prototype.findLast', chromium: 97, pattern: /\.findLast\(/, polyfill: 'array-find-last.ts' },
  {
    name: 'Array.prototype.findLastIndex',
    chromium: 97,
    pattern: /\.findLastIndex\(/,
  },
  {
    name: 'String.prototype.replaceAll',
    chromium: 85,
    pattern: /\.replaceAll\(/,
    polyfill: 'string-replace-all.ts',
  },
  { name: 'Promise.any', chromium: 85, pattern: /\bPromise\.any\(/ },
  { name: 'AggregateError', chromium: 85, pattern: /\bnew AggregateError\b/ },
  { name: 'WeakRef', chromium: 84, pattern: /\bnew WeakRef\(/, polyfill: 'weak-ref.ts' },
  {
    name: 'FinalizationRegistry',
    chromium: 84,
    pattern: /\bnew FinalizationRegistry\(/,
    polyfill: 'weak-ref.ts',
  },
  {
    name: 'Element.replaceChildren',
    chromium: 86,
    pattern: /\.replaceChildren\(/,
    polyfill: 'element-replace-children.ts',
  },
  { name: 'Intl.Segmenter', chromium: 87, pattern: /\bIntl\.Segmenter\b/ },
  { name: 'structuredClone', chromium: 98, pattern: /\bstructuredClone\(/, polyfill: 'structured-clone.ts' },
  { name: 'Array.prototype.toSorted', chromium: 110, pattern: /\.toSorted\(/ },
  { name: 'Array.prototype.toReversed', chromium: 110, pattern: /\.toReversed\(/ },
  { name: 'Array.prototype.toSpliced', chromium: 110, pattern: /\.toSpliced\(/ },
  { name: 'String.prototype.isWellFormed', chromium: 111, pattern: /\.(?:isWellFormed|toWellFormed)\(/ },
  { name: 'Object.groupBy / Map.groupBy', chromium: 117, pattern: /\b(?:Object|Map)\.groupBy\(/ },
  {
    name: 'Promise.withResolvers',
    chromium: 119,
    pattern: /\bPromise\.withResolvers\(/,
    polyfill: 'promise-with-resolvers.ts',
  },
  { name: 'Array.fromAsync', chromium: 121, pattern: /\bArray\.fromAsync\(/ },
  {
    name: 'AbortSignal.timeout / any',
    chromium: 103,
    pattern: /\bAbortSignal\.(?:timeout|any)\(/,
    polyfill: 'abort-signal-timeout-any.ts',
  },
  {
    name: 'Set methods',
    chromium: 122,
    pattern: /\.(?:union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/,
    polyfill: 'set-methods.ts',
  },
];

/** The features a piece of built JavaScript uses. */
export function featuresUsed(code: string): BrowserFeature[] {
  return BROWSER_FEATURES.filter((f) => f.pattern.test(code));
}
