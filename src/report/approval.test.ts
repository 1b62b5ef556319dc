import { describe, expect, it } from 'vitest';
import { approvalFindings, approvalState, contentDigest } from './approval';
import { sampleDraft } from './fixtures/sample-draft';
import type { Finding } from './findings';
import { setPath } from './paths';
import { restoreDraft, serializeDraft } from './restore';
import { approve, submit } from './review';
import type { Draft } from './schema';

const T = '2026-01-10T09:00:00+08:00';
const error: Finding = { rule: 'R3', severity: 'error', path: 'x', message: 'x' };
function ok(r: { ok: true; draft: Draft } | { ok: false; message: string }): Draft {
  if (!r.ok) throw new Error(r.message);
  return r.draft;
}
const approved = () => ok(approve(ok(submit(sampleDraft(), [], '张三', T)), [], '李四', T));

describe('approval digest', () => {
  it('an approval records the digest of the content, which survives a save and an open', () => {
    const d = approved();
    expect(d.review?.history.at(-1)?.digest).toBe(contentDigest(sampleDraft()));
    const back = restoreDraft(serializeDraft(d));
    expect(back.ok && approvalState(back.draft, [])).toBe('approved');
  });

  it('a value changed in the file after approval: 审核通过后内容已被修改', () => {
    const d = setPath(approved(), 'proactive.licensing', 1524);
    expect(approvalState(d, [])).toBe('modified');
    expect(approvalFindings(d, [])[0]?.message).toMatch(/^审核通过后内容已被修改/);
  });

  it('审核通过 typed into a file (no digest) is unconfirmed; with errors or without history it is not approved', () => {
    const typed: Draft = {
      ...sampleDraft(),
      review: { status: 'approved', comments: [], history: [{ status: 'approved', by: '某人', at: T }] },
    };
    expect(approvalState(typed, [])).toBe('unconfirmed');
    expect(approvalState(approved(), [error])).toBe('with-errors');
    const bare: Draft = { ...sampleDraft(), review: { status: 'approved', comments: [], history: [] } };
    expect(approvalState(bare, [])).toBe('no-history');
    expect(approvalState(sampleDraft(), [])).toBe('ok');
  });
});
