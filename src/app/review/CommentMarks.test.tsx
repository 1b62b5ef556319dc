import { describe, expect, it } from 'vitest';
import type { ReviewComment } from '../../report/schema';
import { commentedCellSelector } from '../comments/CommentedCells';
import { commentMarkSelectors } from './CommentMarks';

const at = (path: string, resolved = false): ReviewComment => ({
  id: path,
  part: 'applications',
  path,
  text: '请核对',
  author: '王审核',
  at: '2026-01-10T09:00:00+08:00',
  resolved,
});

const HOSTILE = 'x"] {} body { display: none } [data-path="';

describe('comment marks (selectors built from paths in a file)', () => {
  it('mark the open comments’ cells in the report view and the chosen target', () => {
    const s = commentMarkSelectors(
      [at('applications.newReceived.natural'), at('applications.carriedOver.natural', true)],
      { part: 'appeals', path: 'appeals.reconsideration.upheld' },
    );
    expect(s.open).toBe('.review-report [data-path="applications.newReceived.natural"]');
    expect(s.target).toBe('.review-report [data-path="appeals.reconsideration.upheld"]');
    expect(s.part).toBe('');
  });

  it('mark the chosen part when no cell is chosen', () => {
    const s = commentMarkSelectors([], { part: 'appeals', path: '' });
    expect(s).toEqual({ open: '', target: '', part: '.review-report [data-part="appeals"]' });
  });

  it('never write a path that is not a plain draft path into a selector', () => {
    expect(commentMarkSelectors([at(HOSTILE)], { part: 'basics', path: HOSTILE })).toEqual({
      open: '',
      target: '',
      part: '.review-report [data-part="basics"]',
    });
    expect(commentedCellSelector([at(HOSTILE)])).toBe('');
  });

  it('mark in the wizard only cells the layout knows', () => {
    expect(commentedCellSelector([at('applications.newReceived.natural'), at('overview.summary')])).toBe(
      '.grid-form [id="applications.newReceived.natural"]',
    );
  });
});
