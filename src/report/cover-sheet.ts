import { approvalState } from './approval';
import type { Finding } from './findings';
import { APPEAL_TOTAL_LABEL, LITIGATION_LABEL, appealGroupLabel } from './layout/appeals-columns';
import { matrixRowLabel } from './matrix-shape';
import type { Draft } from './schema';
import { computeDerived } from './totals';

// The 报送单: one printed page for an approved report, signed by the unit's head and stamped.
// Its 核对码 is a short form of the approval's content digest (approval.ts), so anyone can type
// it into the app (发布核对) and see whether the paper is of the version approved now.

/** One key figure on the sheet. */
export interface CoverFigure {
  readonly label: string;
  readonly value: number;
}

export interface CoverSheet {
  readonly title: string;
  readonly agency: string;
  readonly year: number;
  readonly figures: readonly CoverFigure[];
  readonly approvedBy: string;
  /** ISO time of the approval. */
  readonly approvedAt: string;
  /** XXXX-XXXX: eight characters of the approved content's digest. */
  readonly code: string;
}

/** Characters of the digest the code shows (32 bits: enough to tell versions apart, short to type). */
const CODE_CHARS = 8;

/** The 核对码 of an approval's digest: `c1-1a2b3c4d…` → `1A2B-3C4D`. */
export function approvalCode(digest: string): string {
  const hex = digest.replace(/^c1-/, '').slice(0, CODE_CHARS).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

/** A typed code as the sheet prints it: case, spaces and dashes aside; '' when not eight hex digits. */
export function normalizeCode(typed: string): string {
  const hex = typed.replace(/[\s\-—－_]/g, '').toUpperCase();
  return /^[0-9A-F]{8}$/.test(hex) ? `${hex.slice(0, 4)}-${hex.slice(4)}` : '';
}

const rowLabel = matrixRowLabel;
const groupLabel = appealGroupLabel;

/** The key figures: table 三's four totals, 行政复议 and 行政诉讼 (both columns of suits). */
function figures(draft: Draft): CoverFigure[] {
  const d = computeDerived(draft);
  const at = (path: string) => d.get(path) ?? 0;
  return [
    { label: rowLabel('newReceived'), value: at('applications.newReceived.total') },
    { label: rowLabel('carriedOver'), value: at('applications.carriedOver.total') },
    {
      label: `${rowLabel('results')}${rowLabel('results.total')}`,
      value: at('applications.results.total.total'),
    },
    { label: rowLabel('carriedForward'), value: at('applications.carriedForward.total') },
    {
      label: `${groupLabel('reconsideration')}${APPEAL_TOTAL_LABEL}`,
      value: at('appeals.reconsideration.total'),
    },
    {
      label: `${LITIGATION_LABEL}${APPEAL_TOTAL_LABEL}（${groupLabel('litigationDirect')}＋${groupLabel('litigationAfterReconsideration')}）`,
      value: at('appeals.litigationDirect.total') + at('appeals.litigationAfterReconsideration.total'),
    },
  ];
}

/** The sheet of an approved report, or why there is none (in Chinese). */
export function coverSheet(
  draft: Draft,
  findings: readonly Finding[],
): { ok: true; sheet: CoverSheet } | { ok: false; message: string } {
  const last = draft.review?.history.at(-1);
  if (approvalState(draft, findings) !== 'approved' || !last?.digest) {
    return { ok: false, message: '只有审核通过（且之后没有修改）的报告可以打印报送单。' };
  }
  return {
    ok: true,
    sheet: {
      title: '政府信息公开工作年度报告报送单',
      agency: draft.meta.agencyName,
      year: draft.meta.year,
      figures: figures(draft),
      approvedBy: last.by,
      approvedAt: last.at,
      code: approvalCode(last.digest),
    },
  };
}

/** What a typed 核对码 says about the paper it was read from. */
export type CodeCheck =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'not-approved' }
  /** Says approved, but the content changed after the approval (a file edited afterwards). */
  | { readonly kind: 'modified' }
  | { readonly kind: 'match'; readonly at: string; readonly by: string }
  /** The code of an earlier approval of this report: the content changed since. */
  | { readonly kind: 'earlier'; readonly at: string }
  | { readonly kind: 'differs' };

export function checkCoverCode(draft: Draft, findings: readonly Finding[], typed: string): CodeCheck {
  const code = normalizeCode(typed);
  if (!code) return { kind: 'invalid' };
  const sheet = coverSheet(draft, findings);
  if (!sheet.ok)
    return approvalState(draft, findings) === 'modified' ? { kind: 'modified' } : { kind: 'not-approved' };
  if (sheet.sheet.code === code)
    return { kind: 'match', at: sheet.sheet.approvedAt, by: sheet.sheet.approvedBy };
  const earlier = (draft.review?.history ?? [])
    .filter((h) => h.status === 'approved' && h.digest && approvalCode(h.digest) === code)
    .at(-1);
  return earlier ? { kind: 'earlier', at: earlier.at } : { kind: 'differs' };
}

/** A date as the sheet and messages write it: 2027年1月12日 (China time). */
export function chineseDate(iso: string): string {
  const t = new Date(Date.parse(iso) + 8 * 3600_000);
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日`;
}

/** The outcome in one Chinese sentence. */
export function codeCheckMessage(check: CodeCheck): string {
  switch (check.kind) {
    case 'invalid':
      return '核对码应为 8 位（数字 0–9 和字母 A–F，如 1A2B-3C4D），请照报送单输入。';
    case 'not-approved':
      return '这份报告现在不是审核通过的状态，无法核对报送单。';
    case 'modified':
      return '不一致：报告在审核通过后内容已被修改，与审核通过时的报送单不符，需要重新提交审核。';
    case 'match':
      return `一致：报送单与 ${chineseDate(check.at)} 由${check.by}审核通过的版本相同。`;
    case 'earlier':
      return `不一致：这是 ${chineseDate(check.at)} 审核通过的较早版本的报送单，之后报告内容又有修改，请按现在审核通过的版本重新打印、签字盖章。`;
    case 'differs':
      return '不一致：核对码与审核通过的版本不符（报告在打印报送单后被修改过，或报送单不是这份报告的）。';
  }
}
