import { describe, expect, it } from 'vitest';
import { reportingYear } from './reporting-year';

describe('reportingYear', () => {
  it('from 1 November the year being reported is the current one', () => {
    expect(reportingYear(new Date(2026, 10, 1))).toBe(2026);
    expect(reportingYear(new Date(2026, 11, 4))).toBe(2026);
    expect(reportingYear(new Date(2026, 11, 31, 23, 59))).toBe(2026);
  });

  it('from January to October it is the year before (the deadline is 31 January)', () => {
    expect(reportingYear(new Date(2027, 0, 1))).toBe(2026);
    expect(reportingYear(new Date(2027, 0, 31))).toBe(2026);
    expect(reportingYear(new Date(2027, 9, 31, 23, 59))).toBe(2026);
  });
});
