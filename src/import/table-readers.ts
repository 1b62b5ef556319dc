import { importAppeals } from './appeals-table';
import type { SourceLine } from './lines';
import type { MatrixImport } from './matrix-table';
import { importMatrix } from './matrix-table';
import type { ProactiveImport } from './proactive-table';
import { importProactive } from './proactive-table';
import type { TableImport } from './table-import';

/** The parts whose table the importer reads. */
export type TablePart = 'proactive' | 'applications' | 'appeals';

/**
 * One table's reader: the lines of its part → what it gave. Each reader tries a grid reading (tab
 * cells under the header's columns) and a loose-number reading (numbers apart from their labels,
 * one a line or run together); a new way of printing a table is one more reading in its reader.
 */
export interface TableReader<R extends TableImport = TableImport> {
  readonly part: TablePart;
  /** How the table is named in notices (`表二`). */
  readonly name: string;
  readonly read: (lines: readonly SourceLine[]) => R;
}

export const PROACTIVE_READER: TableReader<ProactiveImport> = {
  part: 'proactive',
  name: '表二',
  read: importProactive,
};

export const MATRIX_READER: TableReader<MatrixImport> = {
  part: 'applications',
  name: '表三',
  read: importMatrix,
};

export const APPEALS_READER: TableReader = { part: 'appeals', name: '表四', read: importAppeals };

/** The three readers in the report's order. */
export const TABLE_READERS = [PROACTIVE_READER, MATRIX_READER, APPEALS_READER] as const;
