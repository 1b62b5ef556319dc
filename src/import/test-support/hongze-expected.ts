import type { Draft } from '../../report/schema';
import { Z, applications } from './published-expected';

/**
 * 洪泽区 2024 (fixtures/published-pdf/) as its PDF prints it, read from the rendered pages
 * (`pdftoppm -r 70 -png`), never from the importer.
 */
export const HONGZE_TABLES: Pick<Draft, 'proactive' | 'applications' | 'appeals'> = {
  proactive: {
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 3, repealed: 0, inForce: 8 },
    licensing: 9487,
    penalty: 2776,
    coercion: 84,
    feeAmount: 7545,
  },
  applications: applications({
    newReceived: [95, 0, 0, 0, 0, 0],
    carriedOver: Z,
    disclosed: [50, 0, 0, 0, 0, 0],
    partiallyDisclosed: [9, 0, 0, 0, 0, 0],
    withheld: [Z, Z, [1, 0, 0, 0, 0, 0], Z, Z, [1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0], Z],
    unavailable: [[31, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0], Z],
    notProcessed: [[1, 0, 0, 0, 0, 0], Z, Z, Z, Z],
    // （六）其他处理 printed as one row of zeros (2019 form): its numbers go to 3.其他
    otherHandling: [Z, Z, Z],
    carriedForward: Z,
  }),
  appeals: {
    reconsideration: { upheld: 1, corrected: 1, other: 0, pending: 0 },
    litigationDirect: { upheld: 1, corrected: 0, other: 0, pending: 0 },
    litigationAfterReconsideration: { upheld: 2, corrected: 0, other: 1, pending: 0 },
  },
};

/** The cells 洪泽 does not print: （六）其他处理 is one row, read as 3.其他. */
export const HONGZE_NOT_PRINTED = ['noCorrection', 'feeUnpaid'].flatMap((row) =>
  ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other'].map(
    (c) => `applications.results.otherHandling.${row}.${c}`,
  ),
);
