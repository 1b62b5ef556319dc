import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../report/empty-draft';
import { sampleDraft } from '../report/fixtures/sample-draft';
import { setPath } from '../report/paths';
import { storableDraft } from './storable-draft';

describe('storableDraft', () => {
  it('keeps a valid form as it is', () => {
    const draft = sampleDraft();
    expect(storableDraft(draft, emptyDraft('x', 2024))).toEqual({ draft, unparsed: {} });
  });

  it('stores the last valid value of a field being typed and keeps the typed text beside it', () => {
    const saved = sampleDraft();
    let values = setPath(saved, 'applications.newReceived.natural', 'abc');
    values = setPath(values, 'meta.year', '20');
    values = setPath(values, 'overview.platform', '新的文字');
    const result = storableDraft(values, saved);
    expect(result?.unparsed).toEqual({ 'applications.newReceived.natural': 'abc', 'meta.year': '20' });
    expect(result?.draft.applications.newReceived.natural).toBe(40);
    expect(result?.draft.meta.year).toBe(2025);
    expect(result?.draft.overview.platform).toBe('新的文字');
  });

  it('gives up on something that is not a draft at all', () => {
    expect(storableDraft({ hello: 1 }, sampleDraft())).toBeNull();
  });
});
