import { describe, expect, it } from 'vitest';
import { PART_IDS } from '../part-of-path';
import { PARTS } from './parts';
import { WIZARD_STEPS, stepTitle } from './steps';

describe('WIZARD_STEPS', () => {
  it('are 基本信息, the six parts with their official headings, then 检查与提交', () => {
    expect(WIZARD_STEPS.map((s) => s.id)).toEqual(['basics', ...PART_IDS, 'check']);
    expect(stepTitle('applications')).toBe(PARTS[2].heading);
    expect(stepTitle('basics')).toBe('基本信息');
    expect(stepTitle('check')).toBe('检查与提交');
  });
});
