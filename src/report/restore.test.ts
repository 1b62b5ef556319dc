import { describe, expect, it } from 'vitest';
import { emptyDraft } from './empty-draft';
import { sampleDraft } from './fixtures/sample-draft';
import { restoreDraft, serializeDraft } from './restore';
import { setPath } from './paths';
import { DRAFT_VERSION } from './schema';

const asText = (v: unknown) => JSON.stringify(v);

describe('restoreDraft: the one way in for draft files', () => {
  it('reads back what serializeDraft wrote', () => {
    const draft = sampleDraft();
    const result = restoreDraft(serializeDraft(draft));
    expect(result).toEqual({ ok: true, draft });
  });

  it('accepts a new empty draft with every number blank (null)', () => {
    const result = restoreDraft(asText(emptyDraft('某局', 2025)));
    expect(result.ok).toBe(true);
  });

  it('refuses broken JSON with an S finding', () => {
    const result = restoreDraft('{"format": "gov-info-disclosure-annual-report", ');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'S', severity: 'error' });
    expect(result.findings[0]?.message).toContain('草稿文件已损坏（内容在中途结束）');
  });

  it('says in Chinese what a file that is not JSON seems to be, and the right action', () => {
    const message = (text: string) => {
      const r = restoreDraft(text);
      return r.ok ? '' : (r.findings[0]?.message ?? '');
    };
    const published = '# 某某县人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n……';
    expect(message(published)).toBe('此文件像是已发布的报告，不是草稿文件。请用“导入已发布的报告”打开它。');
    expect(message('<!DOCTYPE html><html><body>报告</body></html>')).toContain('此文件像是网页（HTML）');
    expect(message('PK\u0003\u0004word/document.xml')).toContain('Word 文档');
    expect(message('%PDF-1.7')).toContain('PDF 文件');
    // a damaged draft: where, in lines and characters, and no English parser words
    const damaged = message(
      '{\n  "format": "gov-info-disclosure-annual-report",\n  "version": 1,\n  "meta": {,}\n}',
    );
    expect(damaged).toBe(
      '草稿文件已损坏（第 4 行第 12 个字符附近有错），可能没有保存完整或被改动过。请打开较早保存的草稿文件，或在保存它的浏览器中重新保存。',
    );
    for (const text of [published, '{"a": ', '{"a" 1}', 'hello'])
      expect(message(text).replace('.json', '')).not.toMatch(/[A-Za-z]{4,}/);
  });

  it('names a mistyped key by the field it was probably meant to be', () => {
    const doc = JSON.parse(asText(emptyDraft('某局', 2025))) as { meta: Record<string, unknown> };
    doc.meta.agencyname = doc.meta.agencyName;
    delete doc.meta.agencyName;
    const r = restoreDraft(JSON.stringify(doc));
    const messages = r.ok ? [] : r.findings.map((f) => f.message);
    expect(messages).toContainEqual(
      expect.stringContaining(
        '“基本信息”中有不认识的字段“agencyname”（是否应为“基本信息 · 机关名称（agencyName）”？）',
      ),
    );
  });

  it('refuses an empty file and a JSON document that is not a draft', () => {
    for (const input of ['', '   ', '[]', '{"hello": 1}', 'null']) {
      const result = restoreDraft(input);
      expect(result.ok, input).toBe(false);
      if (!result.ok) expect(result.findings[0]?.rule).toBe('S');
    }
  });

  it('refuses a newer version, naming the version path, without reading the rest', () => {
    const doc = { ...sampleDraft(), version: 99, somethingNew: true };
    const result = restoreDraft(asText(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'S', severity: 'error', path: 'version' }),
    ]);
    expect(result.findings[0]?.message).toContain('99');
  });

  it('refuses unknown keys anywhere, naming their path', () => {
    const doc = setPath(sampleDraft(), 'applications.results.withheld.secret', { natural: 1 });
    const result = restoreDraft(asText({ ...doc, extra: 1 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.findings.map((f) => [f.rule, f.path]);
    expect(paths).toContainEqual(['S', 'extra']);
    expect(paths).toContainEqual(['S', 'applications.results.withheld.secret']);
  });

  it('refuses stored totals: a total is derived, never stored', () => {
    const doc = setPath(sampleDraft(), 'applications.newReceived.total', 49);
    const result = restoreDraft(asText(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings.map((f) => f.path)).toEqual(['applications.newReceived.total']);
  });

  it('reports a negative count as R5 at its path, with the value', () => {
    const doc = setPath(sampleDraft(), 'applications.results.withheld.stateSecret.natural', -3);
    const result = restoreDraft(asText(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'R5',
        severity: 'error',
        path: 'applications.results.withheld.stateSecret.natural',
      }),
    ]);
    expect(result.findings[0]?.message).toMatch(/1\.属于国家秘密.*自然人.*负数.*-3/);
  });

  it('reports a fractional count and a fee amount with 5 decimals as R5', () => {
    let doc = setPath(sampleDraft(), 'proactive.licensing', 1.5);
    doc = setPath(doc, 'proactive.feeAmount', 1.23456);
    const result = restoreDraft(asText(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings.map((f) => [f.rule, f.path])).toEqual([
      ['R5', 'proactive.licensing'],
      ['R5', 'proactive.feeAmount'],
    ]);
  });

  it('accepts 万元 amounts with 4 decimals', () => {
    const doc = setPath(sampleDraft(), 'proactive.feeAmount', 96171.6001);
    expect(restoreDraft(asText(doc)).ok).toBe(true);
  });

  it('reports a number typed as text ("12") as S, not coerced', () => {
    const doc = setPath(sampleDraft(), 'applications.newReceived.natural', '12');
    const result = restoreDraft(asText(doc));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.findings[0]).toMatchObject({ rule: 'S', path: 'applications.newReceived.natural' });
  });

  it('reports a blank string in a number cell as S instead of reading it as 0', () => {
    const doc = setPath(sampleDraft(), 'appeals.reconsideration.upheld', '');
    const result = restoreDraft(asText(doc));
    expect(result.ok).toBe(false);
  });

  it('reports a missing field as S naming it', () => {
    const doc = sampleDraft() as unknown as Record<string, unknown>;
    const { problems: _dropped, ...rest } = doc;
    const result = restoreDraft(asText(rest));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]).toMatchObject({ rule: 'S', path: 'problems' });
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      undefined,
      42,
      'x',
      '{"format":"gov-info-disclosure-annual-report","version":"1"}',
      { format: 'gov-info-disclosure-annual-report', version: -1 },
    ]) {
      expect(() => restoreDraft(input)).not.toThrow();
      expect(restoreDraft(input).ok).toBe(false);
    }
  });
});

describe('migrations', () => {
  it('migrates a version 0 document: meta.agency and a single （六） row', () => {
    const v1 = sampleDraft();
    const otherRow = { natural: 2, commercial: 0, research: 0, nonprofit: 0, legal: 0, other: 1 };
    const { agencyName, ...metaRest } = v1.meta;
    const v0 = {
      ...v1,
      version: 0,
      meta: { ...metaRest, agency: agencyName },
      applications: {
        ...v1.applications,
        results: { ...v1.applications.results, otherHandling: otherRow },
      },
    };
    const result = restoreDraft(asText(v0));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.draft.version).toBe(DRAFT_VERSION);
    expect(result.draft.meta.agencyName).toBe('示例县人民政府办公室');
    expect(result.draft.applications.results.otherHandling.other).toEqual(otherRow);
    expect(result.draft.applications.results.otherHandling.noCorrection.natural).toBeNull();
  });
});
