import { describe, expect, it } from 'vitest';
import { ruleName } from './rule-names';

describe('ruleName', () => {
  it('names each rule in Chinese, never by its code', () => {
    expect(ruleName('R3')).toBe('勾稽关系不平衡');
    expect(ruleName('X1')).toBe('上年结转与上年报告不一致');
    for (const rule of [
      'R1',
      'R2',
      'R3',
      'R4',
      'R5',
      'X1',
      'X2',
      'P1',
      'S',
      'C1',
      'C2',
      'C3',
      'C4',
      'C5',
    ] as const) {
      expect(ruleName(rule)).not.toMatch(/[A-Z]\d?/);
    }
  });
});
