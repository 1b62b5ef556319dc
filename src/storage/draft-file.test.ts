import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../report/empty-draft';
import { serializeDraft } from '../report/restore';
import { draftFileName, readDraftFile } from './draft-file';
import { makeRecord, openRecord } from './draft-record';

const asFile = (content: string | Uint8Array) => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

describe('draft files', () => {
  it('saved in GBK or UTF-16 (by an editor) open with the agency name intact', async () => {
    const text = serializeDraft(emptyDraft('某县自然资源局', 2025));
    // GBK bytes of the name, built from the UTF-8 file: TextDecoder reads gb18030 but has no encoder.
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const r16 = await readDraftFile(asFile(utf16));
    expect(r16.ok && r16.draft.meta.agencyName).toBe('某县自然资源局');
    expect(r16.encoding).toBe('UTF-16LE');
    const gbkName = [0xc4, 0xb3, 0xcf, 0xd8, 0xd7, 0xd4, 0xc8, 0xbb, 0xd7, 0xca, 0xd4, 0xb4, 0xbe, 0xd6];
    const [before, after] = text.split('某县自然资源局') as [string, string];
    const gbk = new Uint8Array([
      ...new TextEncoder().encode(before),
      ...gbkName,
      ...new TextEncoder().encode(after),
    ]);
    const rg = await readDraftFile(asFile(gbk));
    expect(rg.ok && rg.draft.meta.agencyName).toBe('某县自然资源局');
    expect(rg.encoding).toBe('GB18030');
  });

  it('over the size limit are refused without being read', async () => {
    const r = await readDraftFile({
      size: 6 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('read')),
    });
    expect(!r.ok && r.findings[0]?.message).toMatch(/超过草稿文件的上限 5 MB/);
  });

  it('are named from agency and year', () => {
    expect(draftFileName(emptyDraft('某某县商务局', 2025))).toBe('某某县商务局-2025-草稿.json');
    expect(draftFileName(emptyDraft(' a/b: c ', 2024))).toBe('a_b_c-2024-草稿.json');
  });
  it('are named by the report’s status', () => {
    const at = (status: 'draft' | 'submitted' | 'returned' | 'approved') => ({
      ...emptyDraft('某某县商务局', 2025),
      review: { status, history: [], comments: [] },
    });
    expect(draftFileName(at('draft'))).toBe('某某县商务局-2025-草稿.json');
    expect(draftFileName(at('submitted'))).toBe('某某县商务局-2025-待审核.json');
    expect(draftFileName(at('returned'))).toBe('某某县商务局-2025-已退回.json');
    expect(draftFileName(at('approved'))).toBe('某某县商务局-2025-已通过.json');
  });

  it('are read through restoreDraft, with findings for a corrupt file', async () => {
    const good = await readDraftFile(asFile(serializeDraft(emptyDraft('甲', 2025))));
    expect(good.ok).toBe(true);
    const bad = await readDraftFile(asFile('{"format": "gov-info'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.findings[0]?.message).toMatch(/草稿文件已损坏/);
  });
});

describe('draft records', () => {
  it('hold the list details and give the draft back through restoreDraft', () => {
    const draft = emptyDraft('甲', 2025);
    const record = makeRecord('id1', draft, new Date('2026-01-05T08:00:00Z'), { 'meta.year': '20' });
    expect(record).toMatchObject({ id: 'id1', agencyName: '甲', year: 2025, status: 'draft' });
    expect(openRecord(record)).toEqual({ ok: true, draft, unparsed: { 'meta.year': '20' } });
    expect(openRecord({ ...record, draft: 'garbage' }).ok).toBe(false);
  });
});
