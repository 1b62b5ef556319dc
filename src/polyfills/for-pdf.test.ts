import { describe, expect, it } from 'vitest';
import './for-pdf';
import { cloneValue } from './structured-clone';
import { StrongRef } from './weak-ref';

describe('what pdf.js needs on Chromium 80', () => {
  it('Set methods (Node 20 lacks them too, so these are the polyfill’s)', () => {
    const a = new Set([1, 2, 3]);
    const b = new Set([2, 3, 4]);
    const s = a as Set<number> & Record<string, (o: Set<number>) => unknown>;
    expect([...(s.union?.(b) as Set<number>)]).toEqual([1, 2, 3, 4]);
    expect([...(s.intersection?.(b) as Set<number>)]).toEqual([2, 3]);
    expect([...(s.difference?.(b) as Set<number>)]).toEqual([1]);
    expect([...(s.symmetricDifference?.(b) as Set<number>)].sort()).toEqual([1, 4]);
    expect(s.isSubsetOf?.(new Set([1, 2, 3, 9]))).toBe(true);
    expect(s.isSupersetOf?.(new Set([1]))).toBe(true);
    expect(s.isDisjointFrom?.(new Set([7]))).toBe(true);
  });

  it('the structuredClone stand-in copies data deeply and keeps cycles', () => {
    const o: Record<string, unknown> = {
      a: [1, { b: new Uint8Array([1, 2]) }],
      m: new Map([['k', new Set([1])]]),
    };
    o.self = o;
    const c = cloneValue(o, new Map()) as typeof o;
    expect(c).not.toBe(o);
    expect(c.self).toBe(c);
    expect(c.a).toEqual([1, { b: new Uint8Array([1, 2]) }]);
    expect((c.m as Map<string, Set<number>>).get('k')).toEqual(new Set([1]));
  });

  it('the WeakRef stand-in gives its target back', () => {
    const t = { x: 1 };
    expect(new StrongRef(t).deref()).toBe(t);
  });

  it('Promise.withResolvers and Object.hasOwn', async () => {
    const P = Promise as unknown as {
      withResolvers<T>(): { promise: Promise<T>; resolve: (v: T) => void };
    };
    const { promise, resolve } = P.withResolvers<number>();
    resolve(3);
    await expect(promise).resolves.toBe(3);
    expect(Object.hasOwn({ a: 1 }, 'a')).toBe(true);
  });
});
