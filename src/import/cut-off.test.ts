import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../report/rules/check-draft';
import { endsFinished } from './cut-off';
import type { ImportSuccess } from './import-result';
import { importReportText } from './import-text';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

function imported(text: string): ImportSuccess {
  const r = importReportText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** The report's own errors (not gaps, not what need not be stated). */
const ownErrors = (r: ImportSuccess) =>
  checkDraft(r.draft, { provenance: r.provenance }).filter((f) => f.severity === 'error' && !f.kind);

const HAIYUAN = read('fixtures/published/haiyuan-jiguan-2024.txt');
/** 海原's text up to part 五's heading (its lines 1–87: part 四 and its table are whole). */
const haiyuanUpToFive = HAIYUAN.split('\n').slice(0, 87).join('\n');

describe('how a finished report ends', () => {
  it.each([
    '2024年我中心未收取信息公开处理费。',
    '海原县机关事务服务中心',
    '2025年1月20日',
    '2025-01-20',
    '（此件公开发布）',
  ])('“%s” can end a report', (line) => {
    expect(endsFinished(line)).toBe(true);
  });

  it.each([
    '三、本年度',
    '7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '一是继续抓好重点领域信息公开,围绕我局审计工作实际,加大',
    '第二十',
  ])('“%s” does not', (line) => {
    expect(endsFinished(line)).toBe(false);
  });
});

describe('a copy cut off mid-report', () => {
  it('the parts after the cut are reading gaps, not errors of the report (海原 cut in part 五’s first sentence)', () => {
    const cut = `${haiyuanUpToFive}\n\n#### 五、存在的主要问题及改进情况\n\n2024年我中心高度重视政府信息公开工作，在实际工作开展中取得了一些实效，但对标`;
    const r = imported(cut);
    expect(ownErrors(r)).toEqual([]);
    const gaps = r.provenance.gaps.filter((g) => g.what.startsWith('原文在“'));
    expect(gaps.map((g) => g.path)).toEqual(['otherMatters']);
    expect(gaps[0]?.what).toContain('没有“六、其他需要报告的事项”');
    expect(r.notices.some((n) => n.includes('可能只复制了报告的一部分'))).toBe(true);
  });

  it('a report that ends finished without parts 五 and 六 still lacks them (海原 up to part 四, then its date)', () => {
    const r = imported(`${haiyuanUpToFive}\n\n海原县机关事务服务中心\n2025年1月20日\n`);
    const missing = ownErrors(r).map((f) => f.path);
    expect(missing).toContain('problems.problems');
    expect(r.provenance.gaps.filter((g) => g.what.startsWith('原文在“'))).toEqual([]);
  });

  it('changchun excerpt: cut inside table 三 — no error of its own; the year from 截止2023年12月31日', () => {
    const r = imported(read('fixtures/published-excerpts/changchun-veterans-affairs-2023.txt'));
    expect(r.draft.meta.year).toBe(2023);
    expect(ownErrors(r)).toEqual([]);
    expect(r.provenance.gaps.filter((g) => g.what.startsWith('原文在“')).map((g) => g.path)).toEqual([
      'appeals',
      'problems',
      'otherMatters',
    ]);
  });

  it('longgang excerpt: cut in a row of table 三 — the rows after it are unread, none is an error', () => {
    const r = imported(read('fixtures/published-excerpts/longgang-dept-2024.txt'));
    expect(ownErrors(r)).toEqual([]);
    const rows = r.provenance.gaps.filter((g) => g.what.startsWith('原文在这张表格中间中断'));
    expect(rows.map((g) => g.path)).toContain('applications.results.unavailable.notHeld');
  });
});
