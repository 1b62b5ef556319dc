/**
 * What the four real published reports in fixtures/published/ (in this repository) print in their tables,
 * written down by reading each report (never produced by the importer). Shared by the tests of
 * the reports as published and of their flattened variants.
 */
import type { Draft } from '../../report/schema';

export type Six = [number, number, number, number, number, number];
const cell = ([natural, commercial, research, nonprofit, legal, other]: Six) => ({
  natural,
  commercial,
  research,
  nonprofit,
  legal,
  other,
});
export const Z: Six = [0, 0, 0, 0, 0, 0];

/** Table 三 written row by row as printed (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他). */
export function applications(rows: {
  newReceived: Six;
  carriedOver: Six;
  disclosed: Six;
  partiallyDisclosed: Six;
  withheld: [Six, Six, Six, Six, Six, Six, Six, Six];
  unavailable: [Six, Six, Six];
  notProcessed: [Six, Six, Six, Six, Six];
  otherHandling: [Six, Six, Six];
  carriedForward: Six;
}): Draft['applications'] {
  const [
    stateSecret,
    prohibitedByLaw,
    endangersSecurity,
    thirdPartyRights,
    internalAffairs,
    processInfo,
    enforcementFiles,
    administrativeQuery,
  ] = rows.withheld.map(cell);
  const [notHeld, needsCreation, stillUnclear] = rows.unavailable.map(cell);
  const [petition, repeated, publication, excessive, confirmation] = rows.notProcessed.map(cell);
  const [noCorrection, feeUnpaid, other] = rows.otherHandling.map(cell);
  return {
    newReceived: cell(rows.newReceived),
    carriedOver: cell(rows.carriedOver),
    results: {
      disclosed: cell(rows.disclosed),
      partiallyDisclosed: cell(rows.partiallyDisclosed),
      withheld: {
        stateSecret,
        prohibitedByLaw,
        endangersSecurity,
        thirdPartyRights,
        internalAffairs,
        processInfo,
        enforcementFiles,
        administrativeQuery,
      },
      unavailable: { notHeld, needsCreation, stillUnclear },
      notProcessed: { petition, repeated, publication, excessive, confirmation },
      otherHandling: { noCorrection, feeUnpaid, other },
    },
    carriedForward: cell(rows.carriedForward),
  } as Draft['applications'];
}

export const ALL_ZERO_APPLICATIONS = applications({
  newReceived: Z,
  carriedOver: Z,
  disclosed: Z,
  partiallyDisclosed: Z,
  withheld: [Z, Z, Z, Z, Z, Z, Z, Z],
  unavailable: [Z, Z, Z],
  notProcessed: [Z, Z, Z, Z, Z],
  otherHandling: [Z, Z, Z],
  carriedForward: Z,
});

export const ALL_ZERO_PROACTIVE: Draft['proactive'] = {
  regulations: { issued: 0, repealed: 0, inForce: 0 },
  normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
  licensing: 0,
  penalty: 0,
  coercion: 0,
  feeAmount: 0,
};

export const appealGroup = (upheld: number, corrected: number, other: number, pending: number) => ({
  upheld,
  corrected,
  other,
  pending,
});
export const ALL_ZERO_APPEALS: Draft['appeals'] = {
  reconsideration: appealGroup(0, 0, 0, 0),
  litigationDirect: appealGroup(0, 0, 0, 0),
  litigationAfterReconsideration: appealGroup(0, 0, 0, 0),
};

/** The three tables of 淮安市人民政府 2024 (huaian-city-2024.txt), as printed. */
export const HUAIAN_TABLES: Pick<Draft, 'proactive' | 'applications' | 'appeals'> = {
  proactive: {
    regulations: { issued: 1, repealed: 0, inForce: 11 },
    normativeDocuments: { issued: 8, repealed: 26, inForce: 66 },
    licensing: 447228,
    penalty: 3985758,
    coercion: 88283,
    feeAmount: 96171.6,
  },
  applications: applications({
    newReceived: [3001, 53, 0, 0, 61, 4],
    carriedOver: [34, 0, 0, 0, 0, 0],
    disclosed: [1288, 21, 0, 0, 50, 3],
    partiallyDisclosed: [447, 7, 0, 0, 0, 0],
    withheld: [
      [2, 0, 0, 0, 0, 0],
      [30, 1, 0, 0, 0, 0],
      [5, 0, 0, 0, 0, 0],
      [6, 0, 0, 0, 0, 0],
      [7, 1, 0, 0, 0, 0],
      [12, 0, 0, 0, 0, 0],
      [9, 0, 0, 0, 0, 0],
      [105, 0, 0, 0, 0, 0],
    ],
    unavailable: [
      [746, 12, 0, 0, 10, 1],
      [11, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0],
    ],
    notProcessed: [[56, 6, 0, 0, 0, 0], [25, 0, 0, 0, 0, 0], Z, Z, [1, 0, 0, 0, 0, 0]],
    otherHandling: [
      [67, 3, 0, 0, 1, 0],
      [6, 0, 0, 0, 0, 0],
      [108, 2, 0, 0, 0, 0],
    ],
    carriedForward: [103, 0, 0, 0, 0, 0],
  }),
  // As the PDF prints them (read by the words' positions, fixtures/README.md): the text alone runs
  // the two 诉讼 groups out of order and cannot tell them apart.
  appeals: {
    reconsideration: appealGroup(72, 64, 178, 37),
    litigationDirect: appealGroup(13, 4, 8, 1),
    litigationAfterReconsideration: appealGroup(12, 1, 1, 6),
  },
};

/**
 * What the PDFs in test-support/pdf/ carry (scripts/make-pdf-fixtures.ts): 淮安's tables as an
 * earlier reading of the text had them, with the two 诉讼 groups the other way round. They are
 * sample documents, not 淮安's report; the importer must read back exactly what they print.
 */
export const PDF_SAMPLE_TABLES: Pick<Draft, 'proactive' | 'applications' | 'appeals'> = {
  ...HUAIAN_TABLES,
  appeals: {
    reconsideration: appealGroup(72, 64, 178, 37),
    litigationDirect: appealGroup(12, 1, 1, 6),
    litigationAfterReconsideration: appealGroup(13, 4, 8, 1),
  },
};

const ALL_ZERO = {
  proactive: ALL_ZERO_PROACTIVE,
  applications: ALL_ZERO_APPLICATIONS,
  appeals: ALL_ZERO_APPEALS,
};

/** Each published fixture's three tables (haiyuan, pingluo and county print only zeros or blanks). */
export const PUBLISHED_TABLES: Readonly<
  Record<string, Pick<Draft, 'proactive' | 'applications' | 'appeals'>>
> = {
  'haiyuan-jiguan-2024.txt': ALL_ZERO,
  'pingluo-jiguan-2021.txt': ALL_ZERO,
  'county-jiguan-2023.txt': ALL_ZERO,
  'huaian-city-2024.txt': HUAIAN_TABLES,
};

type SixOf<T> = Record<'natural' | 'commercial' | 'research' | 'nonprofit' | 'legal' | 'other', T>;
const sixOf = (c: SixOf<number | null>): number[] => {
  const values = [c.natural, c.commercial, c.research, c.nonprofit, c.legal, c.other].map((v) => v ?? 0);
  return [...values, values.reduce((a, b) => a + b, 0)];
};

/**
 * 淮安's numbers as the official layout prints them row by row (each row with its 总计, then the
 * （七）总计 row) — to print them in another report's layout (`withNumbers`).
 */
export function huaianPrinted(): {
  proactive: number[][];
  applications: number[][];
  appeals: number[];
} {
  const p = HUAIAN_TABLES.proactive;
  const a = HUAIAN_TABLES.applications;
  const r = a.results;
  const leaves = [
    r.disclosed,
    r.partiallyDisclosed,
    ...Object.values(r.withheld),
    ...Object.values(r.unavailable),
    ...Object.values(r.notProcessed),
    ...Object.values(r.otherHandling),
  ].map((c) => sixOf(c as SixOf<number | null>));
  const total = (leaves[0] ?? []).map((_, k) => leaves.reduce((s, row) => s + (row[k] ?? 0), 0));
  const g = HUAIAN_TABLES.appeals;
  const group = (x: {
    upheld: number | null;
    corrected: number | null;
    other: number | null;
    pending: number | null;
  }) => {
    const four = [x.upheld, x.corrected, x.other, x.pending].map((v) => v ?? 0);
    return [...four, four.reduce((s, v) => s + v, 0)];
  };
  return {
    proactive: [
      [p.regulations.issued, p.regulations.repealed, p.regulations.inForce].map((v) => v ?? 0),
      [p.normativeDocuments.issued, p.normativeDocuments.repealed, p.normativeDocuments.inForce].map(
        (v) => v ?? 0,
      ),
      [p.licensing ?? 0],
      [p.penalty ?? 0],
      [p.coercion ?? 0],
      [p.feeAmount ?? 0],
    ],
    applications: [
      sixOf(a.newReceived as SixOf<number | null>),
      sixOf(a.carriedOver as SixOf<number | null>),
      ...leaves,
      total,
      sixOf(a.carriedForward as SixOf<number | null>),
    ],
    appeals: [
      ...group(g.reconsideration),
      ...group(g.litigationDirect),
      ...group(g.litigationAfterReconsideration),
    ],
  };
}
