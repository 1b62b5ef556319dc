import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import { serializeDraft } from '../report/restore';
import { checkBatchFile, partitionForSum } from './check-file';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../..',
  'shared/fixtures/published',
);
const huaian = readFileSync(path.join(FIXTURES, 'huaian-city-2024.txt'), 'utf8');

const bytes = (s: string) => new TextEncoder().encode(s);

describe('checkBatchFile', () => {
  it('reads a draft: agency, year, status, counts', async () => {
    const row = await checkBatchFile('a.json', bytes(serializeDraft(sampleDraft())));
    expect(row).toMatchObject({
      kind: 'draft',
      agency: '示例县人民政府办公室',
      year: 2025,
      status: 'draft',
      errors: 0,
      warnings: 0,
    });
  });

  it('counts errors of a broken draft', async () => {
    const d = setPath(sampleDraft(), 'applications.carriedForward.research', 3);
    const row = await checkBatchFile('b.json', bytes(serializeDraft(d)));
    expect(row.errors).toBe(1);
  });

  it('turns unreadable files into rows with a message instead of failing', async () => {
    const bad = await checkBatchFile('c.json', bytes('{'));
    expect(bad).toMatchObject({ kind: 'unreadable', errors: 1 });
    expect(bad.message).toContain('JSON');
    const image = await checkBatchFile('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect(image.message).toContain('不是文本、网页或 Word 文档');
  });

  it('reads a published report through the one reader: its printed totals are checked', async () => {
    const wrong = huaian.replace('\n3119\n', '\n3120\n');
    const row = await checkBatchFile('r.txt', bytes(wrong));
    expect(row).toMatchObject({ kind: 'published', agency: '淮安市人民政府', year: 2024, status: null });
    expect(row.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.path])).toEqual([
      ['R1', 'applications.newReceived.total'],
    ]);
  });

  it('partitions rows for the county sum, naming what was left out and why', async () => {
    const good = await checkBatchFile('a.json', bytes(serializeDraft(sampleDraft())));
    const broken = await checkBatchFile(
      'b.json',
      bytes(serializeDraft(setPath(sampleDraft(), 'applications.carriedOver.other', 4))),
    );
    const bad = await checkBatchFile('c.json', bytes('nope'));
    const { included, left } = partitionForSum([good, broken, bad]);
    expect(included).toHaveLength(1);
    expect(left.map((l) => l.file)).toEqual(['b.json', 'c.json']);
    expect(left[0]?.reason).toBe('有 1 个错误');
  });

  it('sums one year only: files of another year are left out and say why', async () => {
    const draft = (year: number, i: number) => ({
      ...sampleDraft(),
      meta: { ...sampleDraft().meta, year, agencyName: `示例县第${i}局` },
    });
    const rows = await Promise.all(
      [2025, 2024, 2025].map((y, i) => checkBatchFile(`${i}.json`, bytes(serializeDraft(draft(y, i))))),
    );
    const { included, left } = partitionForSum(rows);
    expect(included.map((d) => d.meta.year)).toEqual([2025, 2025]);
    expect(left).toEqual([{ file: '1.json', reason: '2024 年的报告，与汇总年度 2025 年不同' }]);
  });

  it('sums one report per unit: the same file twice counts once', async () => {
    const row = await checkBatchFile('a.json', bytes(serializeDraft(sampleDraft())));
    const { included, left } = partitionForSum([row, { ...row, file: 'a-副本.json' }]);
    expect(included).toHaveLength(1);
    expect(left).toEqual([
      {
        file: 'a.json',
        reason: '与 a-副本.json 是同一单位（示例县人民政府办公室）的报告，每个单位只计一份：计入了最新的那份',
      },
    ]);
  });
});
