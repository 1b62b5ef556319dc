/**
 * Draft-file migrations. Each step takes a document of version `from` and returns
 * one of version `from + 1`; `restore()` applies them in order before validation.
 *
 * Version 0 (pre-release) stored the agency as `meta.agency` and, as in the 2019
 * layout, a single （六）其他处理 row; version 1 splits it into three rows. Version 2 adds, all
 * optional, the replies under a review comment and the content kept at a 退回修改: a version 1
 * file is a valid version 2 file as it is. Version 3 adds, optional, the settled warnings under the
 * review (`review.settlements`): a version 2 file is a valid version 3 file as it is.
 */
type Json = Record<string, unknown>;

/** One step; what it changes is said in a comment above it (no text of it ships to the browser). */
export interface Migration {
  readonly from: number;
  readonly up: (doc: Json) => Json;
}

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const nullCell = () => ({
  natural: null,
  commercial: null,
  research: null,
  nonprofit: null,
  legal: null,
  other: null,
});

export const MIGRATIONS: readonly Migration[] = [
  // meta.agency → meta.agencyName；（六）其他处理由一行拆分为三项，原数值记入“3.其他”.
  {
    from: 0,
    up(doc) {
      const meta = isObject(doc.meta) ? { ...doc.meta } : {};
      if ('agency' in meta) {
        meta.agencyName = meta.agency;
        delete meta.agency;
      }
      const applications = isObject(doc.applications) ? { ...doc.applications } : {};
      const results = isObject(applications.results) ? { ...applications.results } : {};
      const other = results.otherHandling;
      if (isObject(other) && !('other' in other && isObject(other.other))) {
        results.otherHandling = { noCorrection: nullCell(), feeUnpaid: nullCell(), other };
      }
      applications.results = results;
      return { ...doc, version: 1, meta, applications };
    },
  },
  // 审核意见可有回复，退回修改时保存所审核的内容（新增的字段都可省略）.
  {
    from: 1,
    up: (doc) => ({ ...doc, version: 2 }),
  },
  // 提醒可标为已核实或需修改（新增的字段可省略）.
  { from: 2, up: (doc) => ({ ...doc, version: 3 }) },
];

/** Applies every migration from `version` up to the current one. */
export function migrate(doc: Json, version: number): Json {
  let cur = doc;
  for (const m of MIGRATIONS) {
    if (m.from >= version) cur = m.up(cur);
  }
  return cur;
}
