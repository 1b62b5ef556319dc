// zod/mini: the same validation as classic zod, tree-shakable, a fraction of the first-load size.
import { z } from 'zod/mini';
import { APPLICANT_KEYS } from './layout/applicant-columns';
import type { ApplicantKey } from './layout/applicant-columns';
import { APPEAL_GROUPS, APPEAL_OUTCOMES } from './layout/appeals-columns';
import type { AppealGroupKey, AppealOutcomeKey } from './layout/appeals-columns';
import type { MatrixRowDef } from './layout/matrix-rows';
import { MATRIX_ROWS } from './layout/matrix-rows';
import { PROCESSING_FEE_FIELDS, PROSE_PART_IDS } from './layout/parts';
import { PROACTIVE_BLOCKS } from './layout/proactive-blocks';
import type { Applications } from './matrix-shape';
import { MAX_REPLIES, MAX_REPLY_CHARS } from './limits';
import { MAX_DECIMALS } from './numeric-fields';
import type { NumberKind } from './numeric-fields';
import { metaSchema, prosePathsSchema, proseSchema, proseShape } from './schema-layout';
import type { ProseShape } from './schema-layout';
import { textSchema } from './schema-text';

/** The draft file's format marker and the newest version this code reads and writes. */
export const DRAFT_FORMAT = 'gov-info-disclosure-annual-report';
export const DRAFT_VERSION = 3;

/** True when `value` has at most `decimals` decimal places (tolerant of binary rounding). */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled));
}

/** A number of the given kind, or `null` when not yet entered (never coerced from ''). */
export function numberSchema(kind: NumberKind) {
  // The same limit as typing (parseNumberInput): beyond it a number is no longer exact.
  const base = z
    .number({ error: '必须是数字' })
    .check(z.maximum(Number.MAX_SAFE_INTEGER, { error: `不能超过 ${Number.MAX_SAFE_INTEGER}（数字太大）` }));
  const checked =
    kind === 'count'
      ? base.check(
          z.refine((v) => Number.isInteger(v), { error: '必须是整数' }),
          z.minimum(0, { error: '不能是负数' }),
        )
      : base.check(
          z.minimum(0, { error: '不能是负数' }),
          z.refine((v) => hasAtMostDecimals(v, MAX_DECIMALS[kind]), {
            error: `最多保留 ${MAX_DECIMALS[kind]} 位小数`,
          }),
        );
  return z.nullable(checked);
}

function objectOf<K extends string, S extends z.ZodMiniType>(keys: readonly K[], make: (key: K) => S) {
  const shape = Object.fromEntries(keys.map((k) => [k, make(k)])) as Record<K, S>;
  return z.strictObject(shape);
}

const count = numberSchema('count');

export const applicantCellSchema = objectOf<ApplicantKey, typeof count>(APPLICANT_KEYS, () => count);

function matrixSchema(defs: readonly MatrixRowDef[]): z.ZodMiniType {
  const entries = defs
    .filter((d) => !d.derived)
    .map((d) => [d.key, d.children ? matrixSchema(d.children) : applicantCellSchema] as const);
  return z.strictObject(Object.fromEntries(entries));
}

/** Built from the layout; typed by the layout-derived `Applications`. */
const applicationsSchema = matrixSchema(MATRIX_ROWS) as z.ZodMiniType<Applications>;

function proactiveSchema() {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const block of PROACTIVE_BLOCKS) {
    for (const row of block.rows) {
      const colKeys = block.columns.flatMap((c) => ('key' in c ? [c.key] : []));
      shape[row.key] =
        colKeys.length > 1 ? objectOf(colKeys, () => numberSchema(block.kind)) : numberSchema(block.kind);
    }
  }
  return z.strictObject(shape);
}

type Num = number | null;
type ProactiveBlock = (typeof PROACTIVE_BLOCKS)[number];
type ColumnKeys<B> = B extends { columns: readonly (infer C)[] }
  ? C extends { key: infer K extends string }
    ? K
    : never
  : never;
type RowKeys<B> = B extends { rows: readonly { key: infer K extends string }[] } ? K : never;
/** Table 二's stored shape, derived from the layout: multi-column rows are objects. */
export type Proactive = {
  [B in ProactiveBlock as RowKeys<B>]: [ColumnKeys<B>] extends [never] ? Num : { [K in ColumnKeys<B>]: Num };
};
const proactive = proactiveSchema() as unknown as z.ZodMiniType<Proactive>;

type Appeals = { [G in AppealGroupKey]: { [O in AppealOutcomeKey]: Num } };
const appeals = objectOf(
  APPEAL_GROUPS.map((g) => g.key),
  () =>
    objectOf(
      APPEAL_OUTCOMES.map((o) => o.key),
      () => count,
    ),
) as z.ZodMiniType<Appeals>;

const text = textSchema;
const meta = metaSchema();
const isoTime = z.iso.datetime({ offset: true, error: '必须是 ISO 8601 时间' });

export const REVIEW_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A whole number of 0 or more (a sum kept in the baseline, never blank). */
const wholeNumber = z
  .number({ error: '必须是数字' })
  .check(z.refine((v) => Number.isInteger(v) && v >= 0, { error: '必须是 0 或正整数' }));

export const baselineSchema = z.strictObject({
  year: z
    .number({ error: '必须是数字' })
    .check(z.refine((v) => Number.isInteger(v), { error: '必须是整数' })),
  carriedForward: applicantCellSchema,
  regulationsInForce: count,
  normativeDocumentsInForce: count,
  /** Last year's prose per part (一, 五, 六), for the same-words warning (C5). */
  prose: z.optional(
    z.strictObject(
      Object.fromEntries(PROSE_PART_IDS.map((id) => [id, z.optional(text)])) as Record<
        (typeof PROSE_PART_IDS)[number],
        z.ZodMiniOptional<typeof text>
      >,
    ),
  ),
  /** Last year's prose per field, shown beside this year's field for reference (not copied in). */
  proseFields: z.optional(prosePathsSchema()),
  /** Last year's key figures (新收申请, 不予公开, 行政复议, 行政诉讼), for the Y3 提醒 of a large change. */
  figures: z.optional(
    z.strictObject({
      newReceived: wholeNumber,
      withheld: wholeNumber,
      reconsideration: wholeNumber,
      litigation: wholeNumber,
    }),
  ),
});

const processingFees = objectOf(
  PROCESSING_FEE_FIELDS.map((f) => f.key),
  (key) => numberSchema(PROCESSING_FEE_FIELDS.find((f) => f.key === key)?.kind ?? 'count'),
);
/** Part 六: its prose (from the layout) and the processing-fee figures. */
const otherMatters = z.strictObject({
  ...proseShape('otherMatters'),
  processingFees,
}) as unknown as z.ZodMiniType<
  ProseShape<'otherMatters'> & { processingFees: z.infer<typeof processingFees> }
>;

/** What the clerk wrote: every part of the report (the draft without its format marker, baseline and review). */
const contentShape = {
  meta,
  overview: proseSchema('overview'),
  proactive,
  applications: applicationsSchema,
  appeals,
  problems: proseSchema('problems'),
  otherMatters,
};

/** The report's content as it stood at a review (a 退回修改 keeps it: 自退回以来的修改). */
export const contentSchema = z.strictObject(contentShape);

/** Who wrote a reply in a comment's thread. */
export const REPLY_ROLES = ['clerk', 'supervisor'] as const;
export type ReplyRole = (typeof REPLY_ROLES)[number];
const role = z.enum(REPLY_ROLES, { error: '必须是 clerk 或 supervisor' });

const replyText = z
  .string({ error: '必须是文字' })
  .check(z.maxLength(MAX_REPLY_CHARS, { error: `不能超过 ${MAX_REPLY_CHARS} 个字符` }));

/** One reply in a comment's thread (the clerk's answer, or the supervisor's answer to it). */
export const replySchema = z.strictObject({
  id: text,
  text: replyText,
  author: text,
  role,
  at: isoTime,
});

export const commentSchema = z.strictObject({
  id: text,
  part: text,
  path: z.optional(text),
  text,
  author: text,
  at: isoTime,
  resolved: z.boolean({ error: '必须是 true 或 false' }),
  /** The thread under the comment, oldest first (version 2; absent in older files). */
  replies: z.optional(
    z.array(replySchema).check(z.maxLength(MAX_REPLIES, { error: `回复不能超过 ${MAX_REPLIES} 条` })),
  ),
});

export const historyEntrySchema = z.strictObject({
  status: z.enum(REVIEW_STATUSES, { error: '状态必须是 draft、submitted、returned 或 approved' }),
  by: text,
  at: isoTime,
  note: z.optional(text),
  /** On an approval: the digest of the content approved (approval.ts). */
  digest: z.optional(text),
  /** On the latest 退回修改: the content as the supervisor reviewed it (version 2). */
  snapshot: z.optional(contentSchema),
});

/** How a warning was settled: 已核实 (the figure is right as it stands) or 需修改. */
export const SETTLE_STATES = ['verified', 'needs-change'] as const;
export type SettleState = (typeof SETTLE_STATES)[number];

/**
 * A warning settled by a clerk or a supervisor (version 3). `digest` is of the cells behind the
 * warning when it was settled (settlements.ts): once they change, the warning is open again.
 */
export const settlementSchema = z.strictObject({
  rule: text,
  path: text,
  state: z.enum(SETTLE_STATES, { error: '必须是 verified 或 needs-change' }),
  note: text,
  by: text,
  role,
  at: isoTime,
  digest: text,
});

export const reviewSchema = z.strictObject({
  status: z.enum(REVIEW_STATUSES, { error: '状态必须是 draft、submitted、returned 或 approved' }),
  comments: z.array(commentSchema),
  history: z.array(historyEntrySchema),
  /** Warnings settled (version 3; absent in older files): at most one per rule and place. */
  settlements: z.optional(z.array(settlementSchema)),
});

export const draftSchema = z.strictObject({
  format: z.literal(DRAFT_FORMAT, { error: `不是本工具的草稿文件（format 应为 ${DRAFT_FORMAT}）` }),
  version: z.literal(DRAFT_VERSION),
  ...contentShape,
  baseline: z.optional(baselineSchema),
  review: z.optional(reviewSchema),
});

export type Draft = z.infer<typeof draftSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type ReviewComment = z.infer<typeof commentSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type CommentReply = z.infer<typeof replySchema>;
export type Settlement = z.infer<typeof settlementSchema>;
export type ReportContent = z.infer<typeof contentSchema>;
export type Baseline = z.infer<typeof baselineSchema>;
