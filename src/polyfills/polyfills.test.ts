import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at } from './array-at';
import { findLast } from './array-find-last';
import { replaceAll } from './string-replace-all';

// Node has every one of these built in: each polyfill must answer exactly as the built-in does.
describe('polyfills behave as the built-ins', () => {
  it('at, on arrays, strings and typed arrays', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), fc.integer({ min: -20, max: 20 }), (xs, s, i) => {
        expect(at.call(xs, i)).toBe(xs.at(i));
        expect(at.call(s, i)).toBe(s.at(i));
        const typed = Int32Array.from(xs.map((x) => x | 0));
        expect(at.call(typed, i)).toBe(typed.at(i));
      }),
    );
    expect(at.call([1, 2, 3], 1.7)).toBe(2);
    expect(at.call([1, 2, 3], Number.NaN)).toBe(1);
  });

  it('findLast', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 5 }), (xs, d) => {
        const p = (x: number) => x % d === 0;
        expect((findLast<number>).call(xs, p)).toBe(xs.findLast(p));
      }),
    );
    const seen: number[] = [];
    (findLast<string>).call(['a', 'b'], (_v: string, i: number) => seen.push(i) < 0);
    expect(seen).toEqual([1, 0]);
  });

  it('replaceAll, with strings, patterns and replacer functions', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '.', '$', '*', '(') }),
        fc.string({ unit: fc.constantFrom('a', '.', '$', '*'), maxLength: 2 }),
        fc.constantFrom('x', '$&$&', '$$', '[$`]', "$'"),
        (text, search, replacement) => {
          expect(replaceAll.call(text, search, replacement)).toBe(text.replaceAll(search, replacement));
        },
      ),
    );
    const upper = (m: string) => m.toUpperCase();
    expect(replaceAll.call('a.b.c', '.', upper)).toBe('a.b.c'.replaceAll('.', upper));
    expect(replaceAll.call('aXbxc', /x/gi, '-')).toBe('a-b-c');
    expect(() => replaceAll.call('abc', /b/, '-')).toThrow(TypeError);
  });
});
