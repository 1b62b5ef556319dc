import { describe, expect, it } from 'vitest';
import { sampleDraft } from './fixtures/sample-draft';
import { MAX_COMMENTS, MAX_JSON_DEPTH, MAX_TEXT_CHARS } from './limits';
import { setPath } from './paths';
import { restoreDraft, serializeDraft } from './restore';

const messages = (r: ReturnType<typeof restoreDraft>) => (r.ok ? [] : r.findings.map((f) => f.message));
const comment = (i: number) => ({
  id: `c${i}`,
  part: 'overview',
  text: '意见',
  author: '王审核',
  at: '2026-01-10T09:00:00+08:00',
  resolved: false,
});

describe('restoreDraft under hostile input', () => {
  it('5,000 nested arrays in the agency name: refused in Chinese, no exception', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const text = serializeDraft(sampleDraft()).replace('"示例县人民政府办公室"', deep);
    const r = restoreDraft(text);
    expect(r.ok).toBe(false);
    expect(messages(r).join()).toContain(`超过 ${MAX_JSON_DEPTH} 层`);
    // the same as a parsed value
    let v: unknown = [];
    for (let i = 0; i < 5000; i++) v = [v];
    expect(restoreDraft(setPath(sampleDraft(), 'meta.agencyName', v)).ok).toBe(false);
  });

  it('200,000 comments, or 3,000: refused at once, naming the limit', () => {
    const d = sampleDraft();
    const huge = {
      ...d,
      review: {
        status: 'draft',
        history: [],
        comments: Array.from({ length: 200_000 }, (_, i) => comment(i)),
      },
    };
    expect(messages(restoreDraft(JSON.stringify(huge))).join()).toMatch(
      /^文件太大（[\d.]+ MB），超过草稿文件的上限 5 MB/,
    );
    const many = {
      ...d,
      review: {
        status: 'draft',
        history: [],
        comments: Array.from({ length: 3000 }, (_, i) => comment(i)),
      },
    };
    const r = restoreDraft(JSON.stringify(many));
    expect(messages(r)).toEqual([`审核意见有 3000 条，超过上限 ${MAX_COMMENTS} 条，没有打开该文件。`]);
  });

  it('a text field over the limit is refused, and the message quotes only an excerpt', () => {
    const r = restoreDraft(setPath(sampleDraft(), 'overview.platform', '很长'.repeat(MAX_TEXT_CHARS)));
    expect(messages(r).join()).toContain(`不能超过 ${MAX_TEXT_CHARS} 个字符`);
    expect(messages(r).join().length).toBeLessThan(200);
  });

  it('numbers obey the limits of typing: 1e308 and 2^53+1 are refused', () => {
    for (const n of [1e308, 2 ** 53 + 2]) {
      const r = restoreDraft(setPath(sampleDraft(), 'proactive.licensing', n));
      expect(r.ok).toBe(false);
      expect(messages(r).join()).toContain('数字太大');
    }
    const text = serializeDraft(sampleDraft()).replace('"licensing": 1523', '"licensing": 9007199254740993');
    expect(restoreDraft(text).ok).toBe(false);
  });

  it('control characters and lone surrogates are stripped from every text', () => {
    const dirty = setPath(sampleDraft(), 'meta.agencyName', '某某\u0000县\u0007商务局\uD800');
    const r = restoreDraft(setPath(dirty, 'overview.platform', '第一行\n第二行\t\u001b[31m'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft.meta.agencyName).toBe('某某县商务局');
    expect(r.draft.overview.platform).toBe('第一行\n第二行\t[31m');
  });

  it('a file over the size limit is refused before it is parsed', () => {
    const r = restoreDraft(' '.repeat(6 * 1024 * 1024));
    expect(messages(r).join()).toMatch(/文件太大（6 MB），超过草稿文件的上限 5 MB/);
  });
});

describe('restoreDraft messages', () => {
  it('a truncated file: Chinese only, with where the text stops', () => {
    const r = restoreDraft(serializeDraft(sampleDraft()).slice(0, 200));
    expect(messages(r)).toEqual([expect.stringMatching(/^草稿文件已损坏（内容在中途结束）/)]);
    expect(messages(r).join()).not.toMatch(/[A-Za-z]{4,}/);
  });
});
