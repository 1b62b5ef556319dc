import { describe, expect, it } from 'vitest';
import type { BatchRow } from '../../batch/check-file';
import { visibleRows } from './batch-table-state';

const row = (file: string, agency: string, errors: number, kind: BatchRow['kind'] = 'draft'): BatchRow => ({
  file,
  kind,
  agency,
  year: 2025,
  status: 'draft',
  errors,
  warnings: 0,
  gaps: 0,
  verdict: errors > 0 ? `${errors} 个错误` : '通过',
  findings: [],
});

const rows = [row('b.json', '乙局', 2), row('a.json', '甲局', 0), row('c.txt', '', 1, 'unreadable')];

describe('visibleRows', () => {
  it('filters by errors, clean and unreadable', () => {
    const by = (f: Parameters<typeof visibleRows>[1]) =>
      visibleRows(rows, f, '', { key: 'file', dir: 1 }).map((r) => r.file);
    expect(by('all')).toEqual(['a.json', 'b.json', 'c.txt']);
    expect(by('errors')).toEqual(['b.json', 'c.txt']);
    expect(by('clean')).toEqual(['a.json']);
    expect(by('unreadable')).toEqual(['c.txt']);
  });

  it('searches file names and agencies and sorts numbers numerically, both ways', () => {
    expect(visibleRows(rows, 'all', '甲', { key: 'file', dir: 1 }).map((r) => r.file)).toEqual(['a.json']);
    expect(visibleRows(rows, 'all', '', { key: 'errors', dir: -1 }).map((r) => r.errors)).toEqual([2, 1, 0]);
  });
});
