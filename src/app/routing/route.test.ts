import { describe, expect, it } from 'vitest';
import { parseHash, reportHash } from './route';

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

  it('round-trip', () => {
    expect(parseHash(reportHash('a b', 'check'))).toEqual({ page: 'report', draftId: 'a b', step: 'check' });
  });
});
