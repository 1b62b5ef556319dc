import { describe, expect, it } from 'vitest';
import { publishedFixture, withAppealsInPageOrder } from '../import/test-support/published-fixture';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import { serializeDraft } from '../report/restore';
import { checkBatchFile, partitionForSum, withLastYear } from './check-file';

const huaian = withAppealsInPageOrder(publishedFixture('huaian-city-2024.txt'));

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
    expect(bad.message).toContain('草稿文件已损坏');
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

  it('with both years of a unit, the later one is compared with the earlier (X1, X2, C5)', async () => {
    const last = sampleDraft();
    // The same report a year later: every part's text unchanged.
    const now = { ...last, meta: { ...last.meta, year: 2026 } };
    const rows = withLastYear([
      await checkBatchFile('2025.json', bytes(serializeDraft(last))),
      await checkBatchFile('2026.json', bytes(serializeDraft(now))),
    ]);
    expect(rows[0]?.findings).toEqual([]);
    const found = rows[1]?.findings ?? [];
    expect(found.filter((f) => f.rule === 'C5').map((f) => f.path)).toEqual([
      'overview.summary',
      'problems.problems',
      'otherMatters.text',
    ]);
    // The sample's 上年结转 (二) is not its own 结转下年度 (四): X1 for 商业企业 and 法律服务机构.
    expect(found.filter((f) => f.rule === 'X1').map((f) => f.path)).toEqual([
      'applications.carriedOver.commercial',
      'applications.carriedOver.legal',
    ]);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
    expect(withLastYear(rows)[1]?.findings).toEqual(found);
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

  it('sums only approved drafts when asked (published reports count), saying why the others are out', async () => {
    const withStatus = (status: 'draft' | 'submitted' | 'approved') => ({
      ...sampleDraft(),
      meta: { ...sampleDraft().meta, agencyName: `示例县${status}局` },
      review: { status, comments: [], history: [] },
    });
    const rows = await Promise.all(
      (['approved', 'draft', 'submitted'] as const).map((s, i) =>
        checkBatchFile(`${i}.json`, bytes(serializeDraft(withStatus(s)))),
      ),
    );
    expect(partitionForSum(rows).included).toHaveLength(3);
    const { included, left } = partitionForSum(rows, { approvedOnly: true });
    expect(included).toHaveLength(1);
    expect(left).toEqual([
      { file: '1.json', reason: '状态为“草稿”，尚未审核通过' },
      { file: '2.json', reason: '状态为“已提交审核”，尚未审核通过' },
    ]);
  });
});
