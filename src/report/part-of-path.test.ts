import { describe, expect, it } from 'vitest';
import { NUMERIC_FIELDS } from './numeric-fields';
import { PARTS } from './layout/parts';
import { stepOfPath } from './part-of-path';

describe('stepOfPath', () => {
  it('puts every number of a table on the step of its part', () => {
    for (const f of NUMERIC_FIELDS) {
      const expected = f.path.startsWith('otherMatters.') ? 'other' : f.path.split('.')[0];
      expect(stepOfPath(f.path), f.path).toBe(expected);
    }
  });

  it('puts prose on its part, meta on 基本信息 and file-level findings on 检查与提交', () => {
    for (const part of PARTS) for (const field of part.prose) expect(stepOfPath(field.path)).toBe(part.id);
    expect(stepOfPath('meta.agencyName')).toBe('basics');
    expect(stepOfPath('applications.results.total.legal')).toBe('applications');
    expect(stepOfPath('')).toBe('check');
  });
});
