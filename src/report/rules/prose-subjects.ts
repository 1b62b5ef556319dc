import { APPEAL_GROUPS, APPEAL_OUTCOMES, APPEAL_TOTAL_LABEL } from '../layout/appeals-columns';
import type { AppealGroupKey } from '../layout/appeals-columns';
import { APPLICANT_KEYS, TOTAL_LABEL } from '../layout/applicant-columns';
import { MATRIX_ROWS } from '../layout/matrix-rows';
import { partById } from '../layout/parts';
import { MATRIX_INPUT_ROWS, matrixRowLabel } from '../matrix-shape';

/**
 * What report prose states figures about, tied to the cells of tables 三 and 四. Every label a
 * message shows comes from the layout; the words prose uses for a row (收到申请, 上年结转,
 * 顺延到下年度…) are listed here beside the row they stand for, once.
 */

/** A figure of the tables: the sum of its typed cells, named as the table names it. */
export interface TableFigure {
  /** The table it is in: `第三部分表格`. */
  readonly table: string;
  /** How a message names it there: `“（一）予以公开”一行的“总计”`. */
  readonly name: string;
  /** The typed cells it sums (every one must be filled for the figure to be known). */
  readonly cells: readonly string[];
}

/** `applications` (表三) or an appeal group / the two 诉讼 groups (表四). */
export type SubjectKind = 'received' | 'application' | 'result' | 'appeal' | 'outcome';

export interface ProseSubject {
  readonly kind: SubjectKind;
  /** The words that name it in prose, any of them. */
  readonly words: readonly string[];
  /** For `outcome`: which outcome column; for the rest, the figure itself. */
  readonly figure?: TableFigure;
  readonly outcome?: (typeof APPEAL_OUTCOMES)[number]['key'];
  /** For `appeal`: the groups it sums (行政诉讼 = both 诉讼 groups). */
  readonly groups?: readonly AppealGroupKey[];
}

const rowDef = (key: string) => MATRIX_ROWS.find((r) => r.key === key);
/** A row label without its printed note: `（二）部分公开（区分处理的…）` → `（二）部分公开`. */
const shortLabel = (label: string) => label.replace(/[（(][^）)]*[）)]$/, '');
/** The words of a label without its numbering: `（一）予以公开` → `予以公开`. */
const bareLabel = (label: string) =>
  shortLabel(label).replace(/^[（(][一二三四五六七八九十]+[）)]|^[一二三四五六七八九十]+、/, '');

const tableOf = (partId: 'applications' | 'appeals') => `第${partById(partId).numeral}部分表格`;

/** A row of table 三 in its 总计 column: the sum of the typed cells under it. */
function matrixFigure(rowKey: string): TableFigure {
  const rows = MATRIX_INPUT_ROWS.filter((r) => r.key === rowKey || r.key.startsWith(`${rowKey}.`));
  const label = matrixRowLabel(rowKey);
  return {
    table: tableOf('applications'),
    name: `“${shortLabel(label)}”一行的“${TOTAL_LABEL}”`,
    cells: rows.flatMap((r) => APPLICANT_KEYS.map((col) => `applications.${r.key}.${col}`)),
  };
}

/** Table 四: the given groups, all four outcomes or one. */
export function appealFigure(
  groups: readonly AppealGroupKey[],
  outcome?: (typeof APPEAL_OUTCOMES)[number]['key'],
): TableFigure {
  const outcomes = APPEAL_OUTCOMES.filter((o) => outcome === undefined || o.key === outcome);
  const defs = APPEAL_GROUPS.filter((g) => groups.includes(g.key));
  const groupName =
    defs.length > 1 && defs[0]?.parent ? defs[0].parent : defs.map((g) => g.parent ?? g.label).join('');
  const sub = defs.length === 1 && defs[0]?.parent ? `（${defs[0].label}）` : '';
  const column = outcomes.length === 1 ? outcomes[0]?.label : APPEAL_TOTAL_LABEL;
  return {
    table: tableOf('appeals'),
    name: `“${groupName}${sub}”的“${column}”`,
    cells: defs.flatMap((g) => outcomes.map((o) => `appeals.${g.key}.${o.key}`)),
  };
}

/** Prose words for the rows whose labels prose does not repeat (一、二、四 of table 三). */
const RECEIVED_WORDS = ['收到', '新收', '受理', '接收到', '接收', '接到'];
const CARRIED_OVER_WORDS = [
  '上年结转',
  '上年度结转',
  '上一年度结转',
  '上一年结转',
  '上年转结',
  '上年度转结',
  '上年度遗留',
  '上年遗留',
];
const CARRIED_FORWARD_WORDS = ['结转', '转结', '顺延', '转入', '转至', '留待'].flatMap((verb) =>
  ['', '至', '到'].flatMap((to) =>
    ['下年度', '下一年度', '下年', '下一年'].map((year) => `${verb}${verb === '转至' ? '' : to}${year}`),
  ),
);

/** Every subject, built from the layout once. */
export const PROSE_SUBJECTS: readonly ProseSubject[] = (() => {
  const out: ProseSubject[] = [
    { kind: 'received', words: RECEIVED_WORDS, figure: matrixFigure('newReceived') },
    { kind: 'application', words: CARRIED_OVER_WORDS, figure: matrixFigure('carriedOver') },
    {
      kind: 'application',
      words: [...new Set(CARRIED_FORWARD_WORDS)],
      figure: matrixFigure('carriedForward'),
    },
  ];
  const results = rowDef('results');
  const children: readonly { key: string; label: string; derived?: true }[] =
    results && 'children' in results ? results.children : [];
  for (const row of children) {
    if (row.derived) continue;
    out.push({ kind: 'result', words: [bareLabel(row.label)], figure: matrixFigure(`results.${row.key}`) });
  }
  const litigation = APPEAL_GROUPS.filter((g) => g.parent !== null);
  for (const g of APPEAL_GROUPS) {
    out.push({ kind: 'appeal', words: [g.label], groups: [g.key], figure: appealFigure([g.key]) });
  }
  const parent = litigation[0]?.parent;
  if (parent) {
    const keys = litigation.map((g) => g.key);
    out.push({ kind: 'appeal', words: [parent], groups: keys, figure: appealFigure(keys) });
  }
  for (const o of APPEAL_OUTCOMES) {
    const short = o.label.replace(/^结果/, '');
    out.push({ kind: 'outcome', words: short === o.label ? [o.label] : [o.label, short], outcome: o.key });
  }
  return out;
})();

/** The figure of table 三's 一、本年新收 row: the base of a share. */
export const RECEIVED_FIGURE: TableFigure = matrixFigure('newReceived');
/** The figure of table 三's 二、上年结转 row (a received figure may include it: `含上年结转 8 件`). */
export const CARRIED_OVER_FIGURE: TableFigure = matrixFigure('carriedOver');
/** （七）总计's 总计 column: the applications handled, a share's other possible base. */
export const HANDLED_FIGURE: TableFigure = {
  table: tableOf('applications'),
  name: `“${shortLabel(matrixRowLabel('results.total'))}”一行的“${TOTAL_LABEL}”`,
  cells: MATRIX_INPUT_ROWS.filter((r) => r.key.startsWith('results.')).flatMap((r) =>
    APPLICANT_KEYS.map((col) => `applications.${r.key}.${col}`),
  ),
};
