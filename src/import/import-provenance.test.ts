import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodePdfAssets } from '../cli/pdf-assets-node';
import { importReportFile } from './import-file';
import type { ImportSuccess } from './import-result';
import { importReportText } from './import-text';
import { providePdfAssets } from './pdf-assets';
import { publishedFixture } from './test-support/published-fixture';
import { FLATTENING_STYLES } from './test-support/flattening-styles';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'fixtures');

function imported(text: string): ImportSuccess {
  const r = importReportText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}
const paths = (xs: readonly { path: string }[]) => xs.map((x) => x.path);

// Expected values below were written by reading the fixtures' text (and the PDF as rendered).
describe('the importer’s provenance: what was not read, what the report need not state', () => {
  it('海原县 2024: everything read; part 五 has no sub-headings; “未收取信息公开处理费” — no notices need be counted', () => {
    const p = imported(publishedFixture('haiyuan-jiguan-2024.txt')).provenance;
    expect(p.gaps).toEqual([]);
    expect(paths(p.notStated)).toEqual([
      'problems.improvements',
      'otherMatters.processingFees.noticesSent',
      'otherMatters.processingFees.noticesAmount',
    ]);
  });

  it('平罗县 2021: says in part 一 “也不存在政府信息公开收费的情况” — the fee counts need not be stated', () => {
    const p = imported(publishedFixture('pingluo-jiguan-2021.txt')).provenance;
    expect(p.gaps).toEqual([]);
    const fees = p.notStated.find((n) => n.path === 'otherMatters.processingFees');
    expect(fees?.why).toContain(
      '本年度，中心未收到公民、法人或其他社会组织提出的任何形式的政府信息公开的申请',
    );
    expect(paths(p.notStated)).toEqual(
      expect.arrayContaining([
        'meta.website',
        'meta.contact.office',
        'meta.contact.address',
        'meta.contact.postcode',
      ]),
    );
  });

  it('the county report whose title is only “2023”: the agency is a reading gap quoting that line', () => {
    const p = imported(publishedFixture('county-jiguan-2023.txt')).provenance;
    expect(p.gaps).toEqual([{ path: 'meta.agencyName', what: '标题中没有读到机关名称', excerpt: '2023' }]);
  });

  it('淮安市 2024: the two 诉讼 groups out of order in the text are gaps with the printed digits', () => {
    const p = imported(publishedFixture('huaian-city-2024.txt')).provenance;
    expect(paths(p.gaps)).toEqual(['appeals.litigationDirect', 'appeals.litigationAfterReconsideration']);
    expect(p.gaps[0]?.excerpt).toBe('72 64 178 37 12 1 1 6 351 13 4 8 1 26 20');
  });

  it('赣榆区审计局 2025 (tables were images, the copy stops in part 五): each table heading followed by nothing is a gap, not a blank, and so is part 六', () => {
    const text = readFileSync(path.join(ROOT, 'published-excerpts/ganyu-audit-bureau-2025.txt'), 'utf8');
    const p = imported(text).provenance;
    expect(paths(p.gaps)).toEqual(['proactive', 'applications', 'appeals', 'otherMatters']);
    expect(p.gaps[0]?.what).toBe(
      '“二、主动公开政府信息情况”的表格没有读到（表格可能是图片，或印法无法识别）',
    );
  });

  it('洪泽区 2024 PDF: （六）其他处理 printed as one row — rows 1 and 2 need not be stated, nothing unread', async () => {
    providePdfAssets(nodePdfAssets());
    const name = 'huaian-hongze-district-2024.pdf';
    const r = await importReportFile(
      new Uint8Array(readFileSync(path.join(ROOT, 'published-pdf', name))),
      name,
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.provenance.gaps).toEqual([]);
    expect(paths(r.provenance.notStated)).toEqual(
      expect.arrayContaining([
        'applications.results.otherHandling.noCorrection',
        'applications.results.otherHandling.feeUnpaid',
      ]),
    );
    expect(r.provenance.notStated[0]?.why).toBe(
      '报告把“（六）其他处理”印为一行，其数字已记入“三、本年度办理结果 （六）其他处理 3.其他”',
    );
  });

  it('a traditional-character copy (a mirror site) that says no fee was charged need not state the fee counts', () => {
    const text = FLATTENING_STYLES['traditional characters (a mirror site)']?.(
      publishedFixture('haiyuan-jiguan-2024.txt'),
    );
    expect(text).toContain('未收取信息公開處理費');
    const p = imported(text ?? '').provenance;
    expect(paths(p.notStated)).toContain('otherMatters.processingFees');
  });
});
