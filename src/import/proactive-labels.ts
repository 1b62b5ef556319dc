import { LAYOUT_2019_PROACTIVE_LABELS } from '../report/layout/layout-2019';
import { PROACTIVE_BLOCKS, PROACTIVE_FIRST_COLUMN_LABEL } from '../report/layout/proactive-blocks';
import type { ProactiveBlockDef } from '../report/layout/proactive-blocks';
import { buildLabelIndex } from './label-index';

/** A label of table 二: a block heading, a column of a block, a row, or a 2019-only label. */
export type ProactiveLabel =
  | { readonly kind: 'block'; readonly block: number }
  | { readonly kind: 'column'; readonly block: number; readonly column: number }
  | { readonly kind: 'row'; readonly block: number; readonly key: string }
  | { readonly kind: 'first-column' }
  | { readonly kind: 'legacy-2019' };

const entries: [string, ProactiveLabel][] = [[PROACTIVE_FIRST_COLUMN_LABEL, { kind: 'first-column' }]];
PROACTIVE_BLOCKS.forEach((block, b) => {
  entries.push([block.heading, { kind: 'block', block: b }]);
  block.rows.forEach((row) => {
    const aliases: readonly string[] = 'aliases' in row ? row.aliases : [];
    for (const label of [row.label, ...aliases]) {
      entries.push([label, { kind: 'row', block: b, key: row.key }]);
    }
  });
});
for (const label of LAYOUT_2019_PROACTIVE_LABELS) entries.push([label, { kind: 'legacy-2019' }]);

/** Row labels first (they are unique); column labels repeat across blocks and are matched per block. */
export const PROACTIVE_LABELS = buildLabelIndex<ProactiveLabel>(entries);

/** Column labels of one block, matched by meaning (the same words appear in blocks 五 and 六). */
const BLOCKS: readonly ProactiveBlockDef[] = PROACTIVE_BLOCKS;

export const PROACTIVE_COLUMN_LABELS = BLOCKS.map((block, b) =>
  buildLabelIndex<ProactiveLabel>(
    block.columns.flatMap((col, c) =>
      [col.label, ...(col.aliases ?? [])].map((label): [string, ProactiveLabel] => [
        label,
        { kind: 'column', block: b, column: c },
      ]),
    ),
  ),
);
