import { describe, expect, it } from 'vitest';
import { cellText } from './cell-text';

describe('cellText', () => {
  it('prints a blank as 0', () => expect(cellText(null)).toBe('0'));
  it('prints integers as they are, without separators', () => expect(cellText(1523)).toBe('1523'));
  it('prints decimals as typed, up to 4 places, without trailing zeros', () => {
    expect(cellText(12.3456)).toBe('12.3456');
    expect(cellText(0.5)).toBe('0.5');
    expect(cellText(0.0001)).toBe('0.0001');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
  });
});
