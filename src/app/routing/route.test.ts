import { describe, expect, it } from 'vitest';
import { NEXT_YEAR_HASH, compareHash, parseHash, reportHash, reviewHash } from './route';

describe('hash routes', () => {
  it('read the start page and the wizard steps', () => {
    expect(parseHash('')).toEqual({ page: 'start' });
    expect(parseHash('#/')).toEqual({ page: 'start' });
    expect(parseHash('#/report/abc/applications')).toEqual({
      page: 'report',
      draftId: 'abc',
      step: 'applications',
    });
    expect(parseHash('#/report/abc')).toEqual({ page: 'report', draftId: 'abc', step: 'basics' });
    expect(parseHash('#/report/abc/nope')).toEqual({ page: 'not-found' });
  });

  it('read the review, comparison, batch and import pages', () => {
    expect(parseHash('#/batch')).toEqual({ page: 'batch' });
    expect(parseHash('#/import')).toEqual({ page: 'import' });
    expect(parseHash(NEXT_YEAR_HASH)).toEqual({ page: 'import', nextYear: true });
    expect(parseHash('#/import/other')).toEqual({ page: 'not-found' });
    expect(parseHash('#/review')).toEqual({ page: 'review' });
    expect(parseHash(reviewHash('a/b'))).toEqual({ page: 'review', draftId: 'a/b' });
    expect(parseHash(compareHash('x'))).toEqual({ page: 'compare', draftId: 'x' });
    expect(parseHash('#/review/a/b')).toEqual({ page: 'not-found' });
  });

  it('round-trip', () => {
    expect(parseHash(reportHash('a b', 'check'))).toEqual({ page: 'report', draftId: 'a b', step: 'check' });
  });
});
