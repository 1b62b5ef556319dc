import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadName, saveName } from './remembered-name';

/** A browser's localStorage, as the tests' Node has none. */
function stubStorage(): Map<string, string> {
  const kept = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => kept.get(k) ?? null,
    setItem: (k: string, v: string) => void kept.set(k, v),
  });
  return kept;
}

describe('remembered names', () => {
  let kept: Map<string, string>;
  beforeEach(() => {
    kept = stubStorage();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('keeps the clerk’s and the reviewer’s names apart, trimmed, under the keys they always had', () => {
    saveName('clerk', ' 张三 ');
    saveName('reviewer', '李四');
    expect([loadName('clerk'), loadName('reviewer')]).toEqual(['张三', '李四']);
    expect(kept.get('gov-info-report.clerk-name')).toBe('张三');
    expect(kept.get('gov-report-reviewer-name')).toBe('李四');
  });

  it('asks again (an empty name) when the browser refuses its storage', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    });
    expect(() => saveName('clerk', '张三')).not.toThrow();
    expect(loadName('clerk')).toBe('');
  });
});
