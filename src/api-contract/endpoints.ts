// zod/mini, as the core, and never classic zod: the core's draft schema puts zod's own modules
// (zod/v4/core) in the first-load chunk, and tree-shaking is per module, not per chunk: whatever
// any lazy chunk uses of those modules ships in the first load too. Classic zod's methods use
// most of them (123.7 → 135.6 KB gzip, over the 130 KB budget, when only the start page called
// an endpoint); the few zod/mini functions declared here add about 1 KB.
import { z } from 'zod/mini';
import type { PublicationCheck } from '../report/publication';
import { REVIEW_STATUSES, SETTLE_STATES, draftSchema } from '../report/schema';
import { MAX_SETTLE_NOTE_CHARS } from '../report/settlements';
import { REGION_LEVELS, ROLES } from './roles';

/*
 * The API between the app and the server, each endpoint declared once: its method, its path
 * (as the server routes it and as the client builds it), its request body and its answer. The
 * server's routes use the request schemas and type their answers from the response schemas; the
 * app checks every answer against them (`callEndpoint`). A drift is a type error on one side.
 * Only zod and the core here: the app imports this without any server code.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Endpoint<P, Req extends z.ZodMiniType | undefined, Res extends z.ZodMiniType> {
  readonly method: Method;
  /** The server's route (Hono syntax) under /api. */
  readonly route: string;
  /** The client's path under /api for the given parameters. */
  readonly path: (params: P) => string;
  readonly request: Req;
  readonly response: Res;
}

export function endpoint<P, Req extends z.ZodMiniType | undefined, Res extends z.ZodMiniType>(
  e: Endpoint<P, Req, Res>,
): Endpoint<P, Req, Res> {
  return e;
}

const id = z.int();
/** A time as JSON carries it (an ISO string). */
const time = z.string();

/** One line of the units list: a unit in the user's scope and its report of the year, if any. */
export const unitRow = z.object({
  id,
  name: z.string(),
  regionId: id,
  regionName: z.string(),
  status: z.nullable(z.enum(REVIEW_STATUSES)),
  revision: z.nullable(id),
  errors: z.nullable(id),
  warnings: z.nullable(id),
  updatedAt: z.nullable(time),
  updatedBy: z.nullable(z.string()),
});
export type UnitRow = z.infer<typeof unitRow>;

export const units = endpoint({
  method: 'GET',
  route: '/units',
  path: ({ year }: { year: number }) => `/units?year=${year}`,
  request: undefined,
  response: z.object({ year: z.int(), units: z.array(unitRow) }),
});

const named = z.object({ id, name: z.string() });

export const me = endpoint({
  method: 'GET',
  route: '/me',
  path: () => '/me',
  request: undefined,
  response: z.object({
    login: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    roleName: z.string(),
    unit: z.nullable(named),
    region: z.nullable(named),
  }),
});
export type Me = z.infer<typeof me.response>;

export const adminOverview = endpoint({
  method: 'GET',
  route: '/admin/overview',
  path: () => '/admin/overview',
  request: undefined,
  response: z.object({
    regions: z.array(
      z.object({
        id,
        parentId: z.nullable(id),
        name: z.string(),
        level: z.enum(REGION_LEVELS),
        path: z.string(),
      }),
    ),
    units: z.array(z.object({ id, regionId: id, name: z.string() })),
    users: z.array(
      z.object({
        id,
        login: z.string(),
        displayName: z.string(),
        role: z.enum(ROLES),
        unitId: z.nullable(id),
        regionId: z.nullable(id),
        lockedUntil: z.nullable(time),
      }),
    ),
  }),
});
export type Overview = z.infer<typeof adminOverview.response>;

const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
const rowId = z.int().check(z.positive());

export const createRegion = endpoint({
  method: 'POST',
  route: '/admin/regions',
  path: () => '/admin/regions',
  request: z.object({ name, level: z.enum(REGION_LEVELS), parentId: z.optional(rowId) }),
  response: z.looseObject({ id, name: z.string() }),
});

export const createUnit = endpoint({
  method: 'POST',
  route: '/admin/units',
  path: () => '/admin/units',
  request: z.object({ name, regionId: rowId }),
  response: z.looseObject({ id, name: z.string() }),
});

export const createUser = endpoint({
  method: 'POST',
  route: '/admin/users',
  path: () => '/admin/users',
  request: z.object({
    login: z.string().check(z.maxLength(40)),
    displayName: name,
    password: z.string().check(z.maxLength(200)),
    role: z.enum(ROLES),
    unitId: z.optional(rowId),
    regionId: z.optional(rowId),
  }),
  response: z.looseObject({ login: z.string() }),
});

export const resetPassword = endpoint({
  method: 'POST',
  route: '/admin/password',
  path: () => '/admin/password',
  request: z.object({
    login: z.string().check(z.maxLength(40)),
    password: z.string().check(z.maxLength(200)),
  }),
  response: z.object({ ok: z.literal(true) }),
});

export const adminImport = endpoint({
  method: 'POST',
  route: '/admin/import',
  path: () => '/admin/import',
  request: z.object({ unitId: rowId, document: z.unknown() }),
  response: z.object({ year: z.int(), revision: id, sha256: z.string() }),
});

/** The audit log's filter, as the query string carries it (all optional). */
export interface EventFilter {
  readonly before?: string | undefined;
  readonly unit?: string | undefined;
  readonly user?: string | undefined;
  readonly action?: string | undefined;
}

/** One event of the audit log, newest first. */
export const auditEvent = z.object({
  id: z.string(),
  at: time,
  login: z.nullable(z.string()),
  action: z.string(),
  object: z.nullable(z.string()),
  result: z.string(),
  revision: z.nullable(id),
  client_address: z.nullable(z.string()),
  detail: z.nullable(z.string()),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditEvents = endpoint({
  method: 'GET',
  route: '/admin/events',
  path: (filter: EventFilter) => {
    const query = new URLSearchParams();
    for (const key of ['before', 'unit', 'user', 'action'] as const) {
      const value = filter[key];
      if (value) query.set(key, value);
    }
    const q = query.toString();
    return q ? `/admin/events?${q}` : '/admin/events';
  },
  request: undefined,
  response: z.object({ events: z.array(auditEvent) }),
});

/** `GET /changes?year=[&since=]`: what changed in a year's reports in the user's scope. */
export const changes = endpoint({
  method: 'GET',
  route: '/changes',
  path: ({ year, since }: { year: number; since?: string | undefined }) =>
    `/changes?year=${year}${since ? `&since=${encodeURIComponent(since)}` : ''}`,
  request: undefined,
  response: z.object({
    /** The server's time of this answer: the `since` of the next question. */
    now: time,
    changes: z.array(z.object({ unitId: id, revision: id, status: z.enum(REVIEW_STATUSES) })),
    /** More changed than listed: read the whole list again. */
    more: z.boolean(),
  }),
});
export type ChangesAnswer = z.infer<typeof changes.response>;

interface ReportKey {
  readonly unitId: number;
  readonly year: number;
}
const reportPath = ({ unitId, year }: ReportKey) => `/reports/${unitId}/${year}`;

/**
 * A report's revision and status now (0 and null while the unit has no report), asked with the
 * revision shown as the ETag: an unchanged report is answered 304 with no body.
 */
export const reportRevision = endpoint({
  method: 'GET',
  route: '/reports/:unitId/:year/revision',
  path: (key: ReportKey) => `${reportPath(key)}/revision`,
  request: undefined,
  response: z.object({ revision: id, status: z.nullable(z.enum(REVIEW_STATUSES)) }),
});
export type RevisionAnswer = z.infer<typeof reportRevision.response>;

/** A report as stored: its revision, status and the whole document (checked as the core's draft). */
export const report = endpoint({
  method: 'GET',
  route: '/reports/:unitId/:year',
  path: reportPath,
  request: undefined,
  response: z.object({ revision: id, status: z.enum(REVIEW_STATUSES), document: draftSchema }),
});
export type StoredReport = z.infer<typeof report.response>;

/**
 * The core's publication check, as the server answers it. Its outer shape is checked; its
 * findings and differences are the core's types (`src/report/publication.ts`), which declares no
 * schema for them.
 */
const publicationCheck = z.custom<PublicationCheck>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { same?: unknown }).same === 'boolean' &&
    Array.isArray((v as { numbers?: unknown }).numbers) &&
    Array.isArray((v as { parts?: unknown }).parts) &&
    Array.isArray((v as { tablesNotRead?: unknown }).tablesNotRead),
);

/** The published page: its text pasted, or a file (.txt/.html/.docx/.pdf) in base64. */
export const checkPublication = endpoint({
  method: 'POST',
  route: '/reports/:unitId/:year/publication-check',
  path: (key: ReportKey) => `${reportPath(key)}/publication-check`,
  request: z.union([
    z.object({ text: z.string().check(z.minLength(1), z.maxLength(1_000_000)) }),
    z.object({
      fileName: z.string().check(z.minLength(1), z.maxLength(200)),
      contentBase64: z.string().check(z.minLength(1), z.maxLength(2_000_000)),
    }),
  ]),
  response: z.object({ check: publicationCheck }),
});

/** One unit's outcome of a warning settled across units. */
export const bulkSettleOutcome = z.object({
  unitId: id,
  ok: z.boolean(),
  message: z.optional(z.string()),
});
export type BulkSettleOutcome = z.infer<typeof bulkSettleOutcome>;

/** A warning (rule and place) settled for many units at once: each unit's outcome. */
export const settleAcrossUnits = endpoint({
  method: 'POST',
  route: '/settlements',
  path: () => '/settlements',
  request: z.object({
    rule: z.string().check(z.minLength(1), z.maxLength(10)),
    path: z.string().check(z.maxLength(200)),
    state: z.enum(SETTLE_STATES),
    note: z.string().check(z.maxLength(MAX_SETTLE_NOTE_CHARS * 2)),
    year: z.int().check(z.minimum(2000), z.maximum(2100)),
    unitIds: z
      .array(z.int().check(z.positive(), z.maximum(2_147_483_647)))
      .check(z.minLength(1), z.maxLength(1000)),
  }),
  response: z.object({ outcomes: z.array(bulkSettleOutcome) }),
});
