import {
  APPLICANT_COLUMNS,
  APPLICANT_GROUP_LABELS,
  MATRIX_CORNER_LABEL,
  TOTAL_KEY,
  TOTAL_LABEL,
} from '../report/layout/applicant-columns';
import type { MatrixColumnKey } from '../report/layout/applicant-columns';
import type { MatrixRowDef } from '../report/layout/matrix-rows';
import { MATRIX_ROWS } from '../report/layout/matrix-rows';
import { MATRIX_FLAT_ROWS } from '../report/matrix-shape';
import { buildLabelIndex } from './label-index';

/** A body label of table 三: a row (leaf or （七）总计) or a group (三、（三）…（六）). */
export type MatrixLabel =
  { readonly kind: 'row'; readonly key: string } | { readonly kind: 'group'; readonly key: string };

function groupEntries(defs: readonly MatrixRowDef[], prefix: string): [string, MatrixLabel][] {
  const out: [string, MatrixLabel][] = [];
  for (const def of defs) {
    const key = prefix ? `${prefix}.${def.key}` : def.key;
    if (!def.children) continue;
    out.push([def.label, { kind: 'group', key }]);
    for (const alias of def.aliases ?? []) out.push([alias, { kind: 'group', key }]);
    out.push(...groupEntries(def.children, key));
  }
  return out;
}

const rowEntries: [string, MatrixLabel][] = MATRIX_FLAT_ROWS.flatMap((row) =>
  [row.label, ...(row.def.aliases ?? [])].map((label): [string, MatrixLabel] => [
    label,
    { kind: 'row', key: row.key },
  ]),
);

/** Row and group labels of table 三's body, with their aliases. */
export const MATRIX_BODY_LABELS = buildLabelIndex<MatrixLabel>([
  ...rowEntries,
  ...groupEntries(MATRIX_ROWS, ''),
]);

/** A header label of table 三: a value column, or other header text (corner, 申请人情况…). */
export type MatrixHeader =
  { readonly kind: 'column'; readonly key: MatrixColumnKey } | { readonly kind: 'other' };

export const MATRIX_HEADER_LABELS = buildLabelIndex<MatrixHeader>([
  ...APPLICANT_COLUMNS.map((c): [string, MatrixHeader] => [c.label, { kind: 'column', key: c.key }]),
  [TOTAL_LABEL, { kind: 'column', key: TOTAL_KEY }],
  [MATRIX_CORNER_LABEL, { kind: 'other' }],
  ...Object.values(APPLICANT_GROUP_LABELS).map((l): [string, MatrixHeader] => [l, { kind: 'other' }]),
]);

/** The arabic numbering of a label (`2.其他` → 2, `（三）不 1.属于` → 1: the last one), if printed. */
function arabicNumbering(text: string): number | undefined {
  const all = [...text.matchAll(/(?:^|[^\d])(\d{1,2})\s*[.、．](?!\d)/g)];
  const last = all[all.length - 1];
  return last?.[1] === undefined ? undefined : Number(last[1]);
}

/** Each leaf row's numbering as the layout prints it (`3.其他` → 3). */
const ROW_NUMBERING = new Map(
  MATRIX_FLAT_ROWS.flatMap((row) => {
    const n = arabicNumbering(row.label);
    return n === undefined ? [] : [[row.key, n] as const];
  }),
);

/**
 * False when the text prints a row's number other than the layout's (`2.其他` is not `3.其他`,
 * though their words match once the numbering is dropped): such a label is not that row.
 */
export function numberingFits(text: string, label: MatrixLabel): boolean {
  if (label.kind !== 'row') return true;
  const expected = ROW_NUMBERING.get(label.key);
  const printed = arabicNumbering(text);
  return expected === undefined || printed === undefined || printed === expected;
}
