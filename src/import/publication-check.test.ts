import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../export/html';
import { buildReportDocument } from '../export/report-document';
import { renderReportText } from '../export/text';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import { checkPublishedPage } from './publication-check';

const approved = sampleDraft();
const html = renderReportHtml(buildReportDocument(approved));
const asFile = (text: string, name = '年度报告.html') => ({
  kind: 'file' as const,
  bytes: new TextEncoder().encode(text),
  name,
});

async function checked(page: Parameters<typeof checkPublishedPage>[1]) {
  const r = await checkPublishedPage(approved, page);
  if (!r.ok) throw new Error(r.message);
  return r.check;
}

describe('发布核对', () => {
  it('finds the app’s own HTML export the same as the approved version', async () => {
    expect(await checked(asFile(html))).toMatchObject({
      same: true,
      numbers: [],
      parts: [],
      tablesNotRead: [],
      pageErrors: [],
    });
  });

  it('names a printed total on the page that no longer adds up (the rules of check), besides the numbers', async () => {
    // The sample's 新收申请 总计 is 40 + 5 + 0 + 1 + 2 + 1 = 49; the page prints 50.
    const changed = html.replace(
      'data-path="applications.newReceived.total">49<',
      'data-path="applications.newReceived.total">50<',
    );
    expect(changed).not.toBe(html);
    const check = await checked(asFile(changed));
    expect(check.same).toBe(false);
    expect(check.numbers).toEqual([]);
    expect(check.pageErrors?.map((f) => [f.rule, f.path, f.printed, f.computed])).toEqual([
      ['R1', 'applications.newReceived.total', 50, 49],
    ]);
  });

  it('finds pasted text of the report the same, whatever its line breaks and spaces', async () => {
    const text = renderReportText(buildReportDocument(approved)).replace(/\n/g, '\n\n').replace(/。/g, '。 ');
    expect((await checked({ kind: 'text', text })).same).toBe(true);
  });

  it('names the one number changed on the page, with both values', async () => {
    const changed = html.replace(
      'data-path="proactive.licensing">1523<',
      'data-path="proactive.licensing">1532<',
    );
    const check = await checked(asFile(changed));
    expect(check.same).toBe(false);
    expect(check.numbers).toEqual([
      { path: 'proactive.licensing', label: '行政许可 · 本年处理决定数量', approved: 1523, published: 1532 },
    ]);
    expect(check.parts).toEqual([]);
  });

  it('names the part whose text was changed, with excerpts where it differs', async () => {
    const edited = setPath(approved, 'problems.problems', `${approved.problems.problems}另有新增的说明。`);
    const page = renderReportHtml(buildReportDocument(edited));
    const check = await checked(asFile(page));
    expect(check.numbers).toEqual([]);
    expect(check.parts.map((p) => p.heading)).toEqual(['五、存在的主要问题及改进情况']);
    expect(check.parts[0]?.published).toContain('另有新增的说明');
  });

  it('says which table it could not read instead of calling the page the same', async () => {
    const withoutTable = html.replace(/<table[\s\S]*?<\/table>/, '');
    const check = await checked(asFile(withoutTable));
    expect(check.same).toBe(false);
    expect(check.tablesNotRead.length).toBeGreaterThan(0);
  });

  it(
    'finds the app’s own Word export the same, and names a number changed in it',
    { timeout: 30_000 },
    async () => {
      const { renderReportDocx } = await import('../export/docx');
      const docx = await renderReportDocx(buildReportDocument(approved));
      expect((await checked({ kind: 'file', bytes: docx, name: '年度报告.docx' })).same).toBe(true);
      const edited = setPath(approved, 'proactive.penalty', 343);
      const changed = await renderReportDocx(buildReportDocument(edited));
      const check = await checked({ kind: 'file', bytes: changed, name: '年度报告.docx' });
      expect(check.numbers.map((n) => [n.path, n.approved, n.published])).toEqual([
        ['proactive.penalty', 342, 343],
      ]);
    },
  );

  it('refuses a page that is not a report, in Chinese', async () => {
    const r = await checkPublishedPage(approved, { kind: 'text', text: '今天天气很好。' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
