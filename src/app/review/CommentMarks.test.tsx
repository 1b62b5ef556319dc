import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ReviewComment } from '../../report/schema';
import { CommentedCells } from '../comments/CommentedCells';
import { CommentMarks } from './CommentMarks';

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

describe('comment marks (style rules built from paths in a file)', () => {
  it('mark the open comments’ cells in the report view and the chosen target', () => {
    const css = renderToStaticMarkup(
      <CommentMarks
        comments={[at('applications.newReceived.natural'), at('applications.carriedOver.natural', true)]}
        target={{ part: 'appeals', path: 'appeals.reconsideration.upheld' }}
      />,
    );
    expect(css).toContain('[data-path="applications.newReceived.natural"]');
    expect(css).not.toContain('applications.carriedOver.natural');
    expect(css).toContain('[data-path="appeals.reconsideration.upheld"]');
  });

  it('never write a path that is not a plain draft path into the style rule', () => {
    expect(
      renderToStaticMarkup(
        <CommentMarks comments={[at(HOSTILE)]} target={{ part: 'basics', path: HOSTILE }} />,
      ),
    ).not.toContain('display');
    expect(renderToStaticMarkup(<CommentedCells comments={[at(HOSTILE)]} />)).toBe('');
  });

  it('mark in the wizard only cells the layout knows', () => {
    const css = renderToStaticMarkup(
      <CommentedCells comments={[at('applications.newReceived.natural'), at('overview.summary')]} />,
    );
    expect(css).toContain('.grid-form [id="applications.newReceived.natural"]');
    expect(css).not.toContain('overview.summary');
  });
});
