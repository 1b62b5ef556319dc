import { createColumnHelper, tableFeatures } from '@tanstack/table-core';
import {
  APPLICANT_COLUMNS,
  APPLICANT_GROUP_LABELS,
  TOTAL_KEY,
  TOTAL_LABEL,
} from '../../report/layout/applicant-columns';
import type { MatrixRow } from '../../report/matrix-shape';

/**
 * The column model of table 三 for @tanstack/react-table v9: 申请人情况 over
 * 自然人 · 法人或其他组织（商业企业…其他） · 总计, all from the layout. Column ids are the
 * applicant keys, so a body cell's path is `applications.<row.key>.<column.id>`.
 */
export const matrixFeatures = tableFeatures({});

const helper = createColumnHelper<typeof matrixFeatures, MatrixRow>();

const leaf = (id: string, header: string) => helper.display({ id, header });

export const MATRIX_COLUMNS = helper.columns([
  helper.group({
    id: 'applicants',
    header: APPLICANT_GROUP_LABELS.all,
    columns: [
      ...APPLICANT_COLUMNS.filter((c) => !('group' in c)).map((c) => leaf(c.key, c.label)),
      helper.group({
        id: 'legalPerson',
        header: APPLICANT_GROUP_LABELS.legalPerson,
        columns: APPLICANT_COLUMNS.filter((c) => 'group' in c).map((c) => leaf(c.key, c.label)),
      }),
      leaf(TOTAL_KEY, TOTAL_LABEL),
    ],
  }),
]);
