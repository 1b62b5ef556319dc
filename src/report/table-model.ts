import {
  APPLICANT_COLUMNS,
  APPLICANT_GROUP_LABELS,
  MATRIX_CORNER_LABEL,
  TOTAL_KEY,
  TOTAL_LABEL,
} from './layout/applicant-columns';
import { APPEAL_GROUPS, APPEAL_OUTCOMES, APPEAL_TOTAL_LABEL } from './layout/appeals-columns';
import { PARTS } from './layout/parts';
import {
  PROACTIVE_BLOCKS,
  PROACTIVE_FIRST_COLUMN_LABEL,
  PROACTIVE_TABLE_WIDTH,
  proactivePath,
} from './layout/proactive-blocks';
import { derivedCell } from './derived-cells';
import type { MatrixRowDef } from './layout/matrix-rows';
import { MATRIX_FLAT_ROWS, MATRIX_LABEL_COLUMNS } from './matrix-shape';

/**
 * The three official tables as grids of cells with their merges, derived once from
 * the layout. Every renderer (report view, print, HTML, Word, text) draws these grids
 * and never spells a label or a merge itself.
 */
export type GridCellKind = 'corner' | 'colHeader' | 'rowHeader' | 'blockHeading' | 'value';

export interface GridCell {
  readonly kind: GridCellKind;
  readonly text?: string;
  /** Value cells: the draft path of the number shown. */
  readonly path?: string;
  /** Value cells: computed, never typed. */
  readonly derived?: boolean;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** For `<th scope>`: which cells a header describes. */
  readonly scope?: 'col' | 'colgroup' | 'row' | 'rowgroup';
}

export type TableId = 'proactive' | 'applications' | 'appeals';

export interface GridTable {
  readonly id: TableId;
  readonly caption: string;
  readonly columnCount: number;
  /** Header rows, repeated on every printed page. */
  readonly head: readonly (readonly GridCell[])[];
  readonly body: readonly (readonly GridCell[])[];
}

interface ColumnNode {
  readonly label: string;
  readonly path?: string;
  readonly children?: readonly ColumnNode[];
}

function leafCount(node: ColumnNode): number {
  return node.children ? node.children.reduce((n, c) => n + leafCount(c), 0) : 1;
}

function depthOf(nodes: readonly ColumnNode[]): number {
  return Math.max(...nodes.map((n) => (n.children ? 1 + depthOf(n.children) : 1)));
}

/** Header rows of a column tree: groups span their leaves, shallow leaves span down. */
function headerRows(nodes: readonly ColumnNode[]): GridCell[][] {
  const depth = depthOf(nodes);
  const rows: GridCell[][] = Array.from({ length: depth }, () => []);
  const walk = (list: readonly ColumnNode[], level: number) => {
    for (const node of list) {
      rows[level]?.push(
        node.children
          ? { kind: 'colHeader', text: node.label, rowSpan: 1, colSpan: leafCount(node), scope: 'colgroup' }
          : { kind: 'colHeader', text: node.label, rowSpan: depth - level, colSpan: 1, scope: 'col' },
      );
      if (node.children) walk(node.children, level + 1);
    }
  };
  walk(nodes, 0);
  return rows;
}

function leaves(nodes: readonly ColumnNode[]): ColumnNode[] {
  return nodes.flatMap((n) => (n.children ? leaves(n.children) : [n]));
}

function valueCell(path: string, colSpan = 1): GridCell {
  return { kind: 'value', path, derived: derivedCell(path) !== undefined, rowSpan: 1, colSpan };
}

const captionOf = (id: TableId) => PARTS.find((p) => 'table' in p && p.table === id)?.heading ?? id;

function proactiveTable(): GridTable {
  const body: GridCell[][] = [];
  for (const block of PROACTIVE_BLOCKS) {
    body.push([
      {
        kind: 'blockHeading',
        text: block.heading,
        rowSpan: 1,
        colSpan: PROACTIVE_TABLE_WIDTH,
        scope: 'colgroup',
      },
    ]);
    const span = (PROACTIVE_TABLE_WIDTH - 1) / block.columns.length;
    body.push([
      { kind: 'colHeader', text: PROACTIVE_FIRST_COLUMN_LABEL, rowSpan: 1, colSpan: 1, scope: 'col' },
      ...block.columns.map((c): GridCell => ({
        kind: 'colHeader',
        text: c.label,
        rowSpan: 1,
        colSpan: span,
        scope: 'col',
      })),
    ]);
    for (const row of block.rows) {
      body.push([
        { kind: 'rowHeader', text: row.label, rowSpan: 1, colSpan: 1, scope: 'row' },
        ...block.columns.map((c) => valueCell(proactivePath(block, row.key, c), span)),
      ]);
    }
  }
  return {
    id: 'proactive',
    caption: captionOf('proactive'),
    columnCount: PROACTIVE_TABLE_WIDTH,
    head: [],
    body,
  };
}

const MATRIX_COLUMN_TREE: readonly ColumnNode[] = [
  {
    label: APPLICANT_GROUP_LABELS.all,
    children: [
      ...APPLICANT_COLUMNS.filter((c) => !('group' in c)).map((c) => ({ label: c.label, path: c.key })),
      {
        label: APPLICANT_GROUP_LABELS.legalPerson,
        children: APPLICANT_COLUMNS.filter((c) => 'group' in c).map((c) => ({ label: c.label, path: c.key })),
      },
      { label: TOTAL_LABEL, path: TOTAL_KEY },
    ],
  },
];

function applicationsTable(): GridTable {
  const head = headerRows(MATRIX_COLUMN_TREE);
  head[0]?.unshift({
    kind: 'corner',
    text: MATRIX_CORNER_LABEL,
    rowSpan: head.length,
    colSpan: MATRIX_LABEL_COLUMNS,
  });
  const columns = leaves(MATRIX_COLUMN_TREE);
  const started = new Set<MatrixRowDef>();
  const rowsUnder = (group: MatrixRowDef) =>
    MATRIX_FLAT_ROWS.filter((r) => r.ancestors.includes(group)).length;
  const body = MATRIX_FLAT_ROWS.map((row) => {
    const cells: GridCell[] = [];
    for (const group of row.ancestors) {
      if (started.has(group)) continue;
      started.add(group);
      cells.push({
        kind: 'rowHeader',
        text: group.label,
        rowSpan: rowsUnder(group),
        colSpan: 1,
        scope: 'rowgroup',
      });
    }
    cells.push({
      kind: 'rowHeader',
      text: row.label,
      rowSpan: 1,
      colSpan: MATRIX_LABEL_COLUMNS - row.depth,
      scope: 'row',
    });
    for (const col of columns) cells.push(valueCell(`applications.${row.key}.${col.path ?? ''}`));
    return cells;
  });
  return {
    id: 'applications',
    caption: captionOf('applications'),
    columnCount: MATRIX_LABEL_COLUMNS + columns.length,
    head,
    body,
  };
}

const APPEAL_COLUMN_TREE: readonly ColumnNode[] = (() => {
  const groupColumns = (key: string): ColumnNode[] => [
    ...APPEAL_OUTCOMES.map((o) => ({ label: o.label, path: `appeals.${key}.${o.key}` })),
    { label: APPEAL_TOTAL_LABEL, path: `appeals.${key}.${TOTAL_KEY}` },
  ];
  const tree: ColumnNode[] = [];
  for (const g of APPEAL_GROUPS) {
    const node: ColumnNode = { label: g.label, children: groupColumns(g.key) };
    if (!g.parent) {
      tree.push(node);
      continue;
    }
    const parent = tree.find((t) => t.label === g.parent);
    if (parent?.children) (parent.children as ColumnNode[]).push(node);
    else tree.push({ label: g.parent, children: [node] });
  }
  return tree;
})();

function appealsTable(): GridTable {
  const columns = leaves(APPEAL_COLUMN_TREE);
  return {
    id: 'appeals',
    caption: captionOf('appeals'),
    columnCount: columns.length,
    head: headerRows(APPEAL_COLUMN_TREE),
    body: [columns.map((c) => valueCell(c.path ?? ''))],
  };
}

/** The three tables in report order. */
export const GRID_TABLES: readonly GridTable[] = [proactiveTable(), applicationsTable(), appealsTable()];

export function gridTable(id: TableId): GridTable {
  const t = GRID_TABLES.find((g) => g.id === id);
  if (!t) throw new Error(`unknown table ${id}`);
  return t;
}
