import { describe, expect, it } from 'vitest';
import type { Overview } from './admin-overview';
import { objectName, personName } from './audit-names';

const overview: Overview = {
  regions: [{ id: 5, parentId: null, name: '演示县', level: 'county', path: '/1/5/' }],
  units: [{ id: 34, regionId: 5, name: '演示县教育局' }],
  users: [
    {
      id: 1,
      login: 'clerk4',
      displayName: '张填报',
      role: 'clerk',
      unitId: 34,
      regionId: null,
      lockedUntil: null,
    },
  ],
};

describe('audit log names', () => {
  it('name the unit, the region and the person instead of their ids', () => {
    expect(objectName('report:34/2026', overview)).toBe('演示县教育局 2026 年度报告');
    expect(objectName('unit:34', overview)).toBe('演示县教育局');
    expect(objectName('region:5', overview)).toBe('演示县');
    expect(objectName('region:5/2026', overview)).toBe('演示县（2026 年度）');
    expect(objectName('user:clerk4', overview)).toBe('张填报（clerk4）');
    expect(personName('clerk4', overview)).toBe('张填报（clerk4）');
  });

  it('keep what is no longer known as it is written', () => {
    expect(objectName('unit:99', overview)).toBe('unit:99');
    expect(objectName('report:99/2026', overview)).toBe('report:99/2026');
    expect(personName('gone', overview)).toBe('gone');
    expect(objectName(null, overview)).toBe('—');
  });
});
