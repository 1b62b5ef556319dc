import { describe, expect, it } from 'vitest';
import { contentDigest } from './approval';
import { approvalCode, checkCoverCode, codeCheckMessage, coverSheet, normalizeCode } from './cover-sheet';
import { sampleDraft } from './fixtures/sample-draft';
import { setPath } from './paths';
import { approve, reopenForEditing, submit } from './review';
import { checkDraft } from './rules/check-draft';
import type { Draft } from './schema';

const T1 = '2027-01-12T01:30:00Z';
const T2 = '2027-01-20T02:00:00Z';

function ok(r: { ok: true; draft: Draft } | { ok: false; message: string }): Draft {
  if (!r.ok) throw new Error(r.message);
  return r.draft;
}

function approved(d: Draft, at = T1): Draft {
  const s = ok(submit(d, checkDraft(d), '李填报', at));
  return ok(approve(s, checkDraft(s), '王审核', at));
}

describe('the 报送单', () => {
  it('shows agency, year, the key totals, who approved and when, and the code of the approved digest', () => {
    const d = approved(sampleDraft());
    const r = coverSheet(d, checkDraft(d));
    if (!r.ok) throw new Error(r.message);
    const digest = contentDigest(d);
    // The code is the digest's first eight hex digits after "c1-", upper case, as 4-4.
    const hex = digest.slice(3, 11).toUpperCase();
    expect(r.sheet).toMatchObject({
      agency: d.meta.agencyName,
      year: d.meta.year,
      approvedBy: '王审核',
      approvedAt: T1,
      code: `${hex.slice(0, 4)}-${hex.slice(4)}`,
    });
    // The sample's 新收申请: 40 + 5 + 0 + 1 + 2 + 1 = 49.
    expect(r.sheet.figures[0]).toEqual({ label: '一、本年新收政府信息公开申请数量', value: 49 });
    expect(r.sheet.figures.map((f) => f.label)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '三、本年度办理结果（七）总计',
      '四、结转下年度继续办理',
      '行政复议总计',
      '行政诉讼总计（未经复议直接起诉＋复议后起诉）',
    ]);
  });

  it('is refused for a report not approved', () => {
    const r = coverSheet(sampleDraft(), checkDraft(sampleDraft()));
    expect(r).toEqual({ ok: false, message: '只有审核通过（且之后没有修改）的报告可以打印报送单。' });
  });

  it('reads a typed code in any case, with or without the dash or spaces', () => {
    expect(normalizeCode(' 1a2b 3c4d ')).toBe('1A2B-3C4D');
    expect(normalizeCode('1A2B-3C4D')).toBe('1A2B-3C4D');
    expect(normalizeCode('1A2B-3C4')).toBe('');
    expect(normalizeCode('1A2B-3C4G')).toBe('');
    expect(approvalCode('c1-00ff00ff00ff00ff00ff00ff00ff')).toBe('00FF-00FF');
  });

  it('a code typed from the paper matches the approved version; after a change and a new approval it names the older one', () => {
    const first = approved(sampleDraft());
    const code = (coverSheet(first, checkDraft(first)) as { ok: true; sheet: { code: string } }).sheet.code;
    const match = checkCoverCode(first, checkDraft(first), code.toLowerCase());
    expect(match).toEqual({ kind: 'match', at: T1, by: '王审核' });
    expect(codeCheckMessage(match)).toBe('一致：报送单与 2027年1月12日 由王审核审核通过的版本相同。');

    const reopened = reopenForEditing(first, '李填报', T2);
    // One more application received and disclosed: 40 → 41 and 18 → 19 (the balance holds).
    const changed = setPath(
      setPath(reopened, 'applications.newReceived.natural', 41),
      'applications.results.disclosed.natural',
      19,
    );
    expect(checkCoverCode(changed, checkDraft(changed), code).kind).toBe('not-approved');
    const again = approved(changed, T2);
    const later = checkCoverCode(again, checkDraft(again), code);
    expect(later).toEqual({ kind: 'earlier', at: T1 });
    expect(checkCoverCode(again, checkDraft(again), '0000-0000')).toEqual({ kind: 'differs' });
  });

  it('a file edited after its approval does not match its old 报送单', () => {
    const first = approved(sampleDraft());
    const code = (coverSheet(first, checkDraft(first)) as { ok: true; sheet: { code: string } }).sheet.code;
    const edited = setPath(first, 'meta.contact.phone', '0517-1234567');
    expect(checkCoverCode(edited, checkDraft(edited), code)).toEqual({ kind: 'modified' });
  });
});
