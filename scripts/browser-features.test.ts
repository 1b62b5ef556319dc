import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_FEATURES, featuresUsed } from './browser-features';
import { inlineModuleScripts } from './check-browser-target';

describe('featuresUsed', () => {
  it('finds newer runtime features in minified code, and not look-alike names', () => {
    const names = featuresUsed('let e=t.at(-1),n=r.findLast(o=>o.x);s.replaceAll(`.`,`_`)').map(
      (f) => f.name,
    );
    expect(names).toEqual([
      'Array/String.prototype.at',
      'Array.prototype.findLast',
      'String.prototype.replaceAll',
    ]);
    expect(
      featuresUsed('e.attr(1);t.findLastKey(2);Object.hasOwnProperty.call(a,b);t.replace(/x/g,``)'),
    ).toEqual([]);
    expect(featuresUsed('structuredClone(x)').map((f) => f.chromium)).toEqual([98]);
  });

  it('names only polyfill files that exist', () => {
    for (const f of BROWSER_FEATURES.filter((x) => x.polyfill))
      expect(existsSync(join('src/polyfills', f.polyfill ?? '')), f.name).toBe(true);
  });
});

describe('inlineModuleScripts', () => {
  it('takes the inline module scripts of the single-file page, not classic scripts or src= modules', () => {
    const html =
      '<script>var old=1</script><script type="module" crossorigin>let a=1</script>' +
      '<script type="module" src="./x.js"></script>';
    expect(inlineModuleScripts(html)).toEqual(['let a=1']);
  });
});
