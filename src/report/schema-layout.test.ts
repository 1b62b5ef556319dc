import { describe, expect, it } from 'vitest';
import { emptyDraft } from './empty-draft';
import { draftSchema } from './schema';

/** The shape the 2021 layout fixes, written out here as the independent expectation. */
const EXPECTED_EMPTY = {
  meta: { agencyName: '某局', year: 2025, contact: {} },
  overview: { proactive: '', onRequest: '', management: '', platform: '', oversight: '' },
  problems: { problems: '', improvements: '' },
  otherMatters: { text: '' },
};

describe('the draft schema built from the layout', () => {
  it('gives an empty draft exactly the meta and prose fields of the 2021 layout', () => {
    const d = emptyDraft('某局', 2025);
    expect(d.meta).toEqual(EXPECTED_EMPTY.meta);
    expect(d.overview).toEqual(EXPECTED_EMPTY.overview);
    expect(d.problems).toEqual(EXPECTED_EMPTY.problems);
    expect(d.otherMatters.text).toBe('');
    expect(d.otherMatters.processingFees).toEqual({
      noticesSent: null,
      noticesAmount: null,
      collectedAmount: null,
    });
    expect(draftSchema.safeParse(d).success).toBe(true);
  });

  it('accepts every optional 基本信息 field and the optional 开篇概述', () => {
    const d = emptyDraft('某局', 2025);
    const full = {
      ...d,
      meta: {
        ...d.meta,
        preamble: '前言',
        website: 'www.example.gov.cn',
        contact: {
          office: '办公室',
          address: '某路 1 号',
          postcode: '100000',
          phone: '010-1',
          email: 'a@b.cn',
        },
      },
      overview: { ...d.overview, summary: '概述' },
    };
    expect(draftSchema.safeParse(full).success).toBe(true);
  });

  it('refuses a meta field the layout does not have', () => {
    const d = emptyDraft('某局', 2025);
    expect(draftSchema.safeParse({ ...d, meta: { ...d.meta, fax: '1' } }).success).toBe(false);
    expect(draftSchema.safeParse({ ...d, meta: { ...d.meta, contact: { fax: '1' } } }).success).toBe(false);
  });

  it('refuses a draft missing a required prose field or the contact group', () => {
    const d = emptyDraft('某局', 2025);
    const { oversight: _dropped, ...overview } = d.overview;
    expect(draftSchema.safeParse({ ...d, overview }).success).toBe(false);
    const { contact: _c, ...meta } = d.meta;
    expect(draftSchema.safeParse({ ...d, meta }).success).toBe(false);
    expect(
      draftSchema.safeParse({ ...d, otherMatters: { processingFees: d.otherMatters.processingFees } })
        .success,
    ).toBe(false);
  });

  it('checks the year against the report-year bounds and the title as text', () => {
    const d = emptyDraft('某局', 2025);
    expect(draftSchema.safeParse({ ...d, meta: { ...d.meta, year: 1999 } }).success).toBe(false);
    expect(draftSchema.safeParse({ ...d, meta: { ...d.meta, year: 2025.5 } }).success).toBe(false);
    expect(draftSchema.safeParse({ ...d, meta: { ...d.meta, agencyName: 3 } }).success).toBe(false);
  });
});
