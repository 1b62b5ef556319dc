import { describe, expect, it } from 'vitest';
import { sampleDraft } from './fixtures/sample-draft';
import { setPath } from './paths';
import { restoreDraft, serializeDraft } from './restore';
import { checkDraft } from './rules/check-draft';
import type { Draft } from './schema';
import { settleWarning, warningState, warningStateLabel } from './settlements';

const T = '2027-01-12T09:00:00+08:00';
const POSTCODE = { rule: 'R5', path: 'meta.contact.postcode' };

function ok(r: { ok: true; draft: Draft } | { ok: false; message: string }): Draft {
  if (!r.ok) throw new Error(r.message);
  return r.draft;
}

/** The sample report with a five-digit 邮政编码: one R5 warning at meta.contact.postcode. */
function withShortPostcode(): Draft {
  return setPath(sampleDraft(), 'meta.contact.postcode', '22330');
}

function postcodeFinding(d: Draft) {
  const f = checkDraft(d).find((x) => x.rule === 'R5' && x.path === POSTCODE.path);
  if (!f) throw new Error('the sample should have the postcode warning');
  return f;
}

function settled(d: Draft): Draft {
  return ok(
    settleWarning(d, checkDraft(d), POSTCODE, {
      state: 'verified',
      note: ' 本地邮编为五位，经核实无误。 ',
      by: '王审核',
      role: 'supervisor',
      at: T,
    }),
  );
}

describe('settling a warning', () => {
  it('reads as open until settled, then as 已核实 with the trimmed explanation, who and when', () => {
    const d = withShortPostcode();
    expect(warningState(d, postcodeFinding(d))).toEqual({ kind: 'open' });
    const s = settled(d);
    const state = warningState(s, postcodeFinding(s));
    expect(state.kind).toBe('settled');
    expect(warningStateLabel(state)).toBe('已核实');
    expect(s.review?.settlements).toEqual([
      expect.objectContaining({
        rule: 'R5',
        path: 'meta.contact.postcode',
        state: 'verified',
        note: '本地邮编为五位，经核实无误。',
        by: '王审核',
        role: 'supervisor',
        at: T,
      }),
    ]);
  });

  it('stays settled when a cell not behind the warning changes', () => {
    const s = setPath(settled(withShortPostcode()), 'applications.newReceived.natural', 999);
    expect(warningState(s, postcodeFinding(s)).kind).toBe('settled');
  });

  it('reopens when the cell behind the warning changes', () => {
    const s = setPath(settled(withShortPostcode()), 'meta.contact.postcode', '2233');
    const state = warningState(s, postcodeFinding(s));
    expect(state.kind).toBe('reopened');
    expect(warningStateLabel(state)).toBe('相关数据已变动，待重新核实');
  });

  it('settling again replaces the earlier settlement (需修改 needs no explanation)', () => {
    const s = settled(withShortPostcode());
    const again = ok(
      settleWarning(s, checkDraft(s), POSTCODE, {
        state: 'needs-change',
        note: '',
        by: '李填报',
        role: 'clerk',
        at: T,
      }),
    );
    expect(again.review?.settlements?.map((x) => [x.state, x.by])).toEqual([['needs-change', '李填报']]);
    expect(warningStateLabel(warningState(again, postcodeFinding(again)))).toBe('需修改');
  });

  it('refuses 已核实 without an explanation, an error, and a warning the report does not have', () => {
    const d = withShortPostcode();
    const input = { state: 'verified', note: '  ', by: '王审核', role: 'supervisor', at: T } as const;
    expect(settleWarning(d, checkDraft(d), POSTCODE, input)).toEqual({
      ok: false,
      message: '标为已核实时请写明核实情况。',
    });
    const clean = sampleDraft();
    expect(settleWarning(clean, checkDraft(clean), POSTCODE, { ...input, note: '核实' }).ok).toBe(false);
    const blank = setPath(sampleDraft(), 'meta.agencyName', '');
    const c1 = checkDraft(blank).find((f) => f.path === 'meta.agencyName' && f.severity === 'error');
    expect(c1).toBeDefined();
    expect(
      settleWarning(
        blank,
        checkDraft(blank),
        { rule: 'C1', path: 'meta.agencyName' },
        { ...input, note: '核实' },
      ),
    ).toEqual({ ok: false, message: '错误必须改正，不能标为已核实。' });
  });

  it('travels in the draft file (version 3) and reads back the same', () => {
    const s = settled(withShortPostcode());
    const text = serializeDraft(s);
    expect(JSON.parse(text)).toMatchObject({ version: 3 });
    const back = restoreDraft(text);
    if (!back.ok) throw new Error(back.findings[0]?.message);
    expect(back.draft.review?.settlements).toEqual(s.review?.settlements);
    expect(warningState(back.draft, postcodeFinding(back.draft)).kind).toBe('settled');
  });

  it('reads a version 2 file as it is (no settlements)', () => {
    const v2 = { ...JSON.parse(serializeDraft(sampleDraft())), version: 2 };
    const back = restoreDraft(JSON.stringify(v2));
    expect(back.ok && back.migratedFrom).toBe(2);
  });
});
