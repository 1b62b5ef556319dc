import { z } from 'zod';
import { REVIEW_STATUSES } from '../report/schema';
import { REGION_LEVELS, ROLES } from './roles';

/*
 * The API between the app and the server, each endpoint declared once: its method, its path
 * (as the server routes it and as the client builds it), its request body and its answer. The
 * server's routes use the request schemas and type their answers from the response schemas; the
 * app checks every answer against them (`callEndpoint`). A drift is a type error on one side.
 * Only zod and the core here: the app imports this without any server code.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Endpoint<P, Req extends z.ZodType | undefined, Res extends z.ZodType> {
  readonly method: Method;
  /** The server's route (Hono syntax) under /api. */
  readonly route: string;
  /** The client's path under /api for the given parameters. */
  readonly path: (params: P) => string;
  readonly request: Req;
  readonly response: Res;
}

function endpoint<P, Req extends z.ZodType | undefined, Res extends z.ZodType>(
  e: Endpoint<P, Req, Res>,
): Endpoint<P, Req, Res> {
  return e;
}

const id = z.number().int();
/** A time as JSON carries it (an ISO string). */
const time = z.string();

/** One line of the units list: a unit in the user's scope and its report of the year, if any. */
export const unitRow = z.object({
  id,
  name: z.string(),
  regionId: id,
  regionName: z.string(),
  status: z.enum(REVIEW_STATUSES).nullable(),
  revision: id.nullable(),
  errors: id.nullable(),
  warnings: id.nullable(),
  updatedAt: time.nullable(),
  updatedBy: z.string().nullable(),
});
export type UnitRow = z.infer<typeof unitRow>;

export const units = endpoint({
  method: 'GET',
  route: '/units',
  path: ({ year }: { year: number }) => `/units?year=${year}`,
  request: undefined,
  response: z.object({ year: z.number().int(), units: z.array(unitRow) }),
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
    unit: named.nullable(),
    region: named.nullable(),
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
        parentId: id.nullable(),
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
        unitId: id.nullable(),
        regionId: id.nullable(),
        lockedUntil: time.nullable(),
      }),
    ),
  }),
});
export type Overview = z.infer<typeof adminOverview.response>;

const name = z.string().trim().min(1).max(200);
const rowId = z.number().int().positive();

export const createRegion = endpoint({
  method: 'POST',
  route: '/admin/regions',
  path: () => '/admin/regions',
  request: z.object({ name, level: z.enum(REGION_LEVELS), parentId: rowId.optional() }),
  response: z.object({ id, name: z.string() }).loose(),
});

export const createUnit = endpoint({
  method: 'POST',
  route: '/admin/units',
  path: () => '/admin/units',
  request: z.object({ name, regionId: rowId }),
  response: z.object({ id, name: z.string() }).loose(),
});

export const createUser = endpoint({
  method: 'POST',
  route: '/admin/users',
  path: () => '/admin/users',
  request: z.object({
    login: z.string().max(40),
    displayName: name,
    password: z.string().max(200),
    role: z.enum(ROLES),
    unitId: rowId.optional(),
    regionId: rowId.optional(),
  }),
  response: z.object({ login: z.string() }).loose(),
});

export const resetPassword = endpoint({
  method: 'POST',
  route: '/admin/password',
  path: () => '/admin/password',
  request: z.object({ login: z.string().max(40), password: z.string().max(200) }),
  response: z.object({ ok: z.literal(true) }),
});

export const adminImport = endpoint({
  method: 'POST',
  route: '/admin/import',
  path: () => '/admin/import',
  request: z.object({ unitId: rowId, document: z.unknown() }),
  response: z.object({ year: z.number().int(), revision: id, sha256: z.string() }),
});
