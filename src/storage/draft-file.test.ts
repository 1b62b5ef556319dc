import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../report/empty-draft';
import { serializeDraft } from '../report/restore';
import { draftFileName, readDraftFile } from './draft-file';
import { makeRecord, openRecord } from './draft-record';

describe('draft files', () => {
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
    const good = await readDraftFile({ text: async () => serializeDraft(emptyDraft('甲', 2025)) });
    expect(good.ok).toBe(true);
    const bad = await readDraftFile({ text: async () => '{"format": "gov-info' });
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
