import { describe, expect, it } from 'vitest';
import { formatNumberInput, parseNumberInput } from './number-input';

describe('parseNumberInput', () => {
  it('accepts plain and full-width digits for counts', () => {
    expect(parseNumberInput('42', 'count')).toEqual({ ok: true, value: 42 });
    expect(parseNumberInput('１２３', 'count')).toEqual({ ok: true, value: 123 });
    expect(parseNumberInput(' 7 ', 'count')).toEqual({ ok: true, value: 7 });
    expect(parseNumberInput('1,234', 'count')).toEqual({ ok: true, value: 1234 });
  });

  it('keeps a blank as null, never 0', () => {
    expect(parseNumberInput('', 'count')).toEqual({ ok: true, value: null });
    expect(parseNumberInput('  ', 'amountWan')).toEqual({ ok: true, value: null });
  });

  it('refuses letters, signs and decimals in counts with a Chinese reason', () => {
    for (const bad of ['abc', '12a', '-3', '－3', '+3', '1.5', '1e3']) {
      const r = parseNumberInput(bad, 'count');
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('accepts amounts with up to their decimals', () => {
    expect(parseNumberInput('96171.6', 'amountWan')).toEqual({ ok: true, value: 96171.6 });
    expect(parseNumberInput('0.0001', 'amountWan')).toEqual({ ok: true, value: 0.0001 });
    expect(parseNumberInput('０．５', 'amountYuan')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberInput('1.23456', 'amountWan').ok).toBe(false);
    expect(parseNumberInput('3.141', 'amountYuan').ok).toBe(false);
  });

  it('formats blank as empty text', () => {
    expect(formatNumberInput(null)).toBe('');
    expect(formatNumberInput(0)).toBe('0');
  });
});
