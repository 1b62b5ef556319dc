// zod/mini, as endpoints.ts says why.
import { z } from 'zod/mini';
import type { ReconcileDifference } from '../report/reconcile';
import { REVIEW_STATUSES, draftSchema } from '../report/schema';
import type { SettledFinding } from '../report/settlements';
import type { Figure } from '../report/year-figures';
import { endpoint, unitRow } from './endpoints';
import { REGION_LEVELS } from './roles';

/*
 * The supervisor's desk (/api/roster, /sum, /findings, /figures, /reconcile), declared once as
 * the rest of the API is: the server's desk services return these types and the desk pages
 * check every answer against them. Lists the server computes with the core (findings, figures,
 * differences) are the core's types: their items' keys are checked, the core declares no schema.
 */

/** How many units the desk's long lists show at first and per 再列出 (a county fits in one). */
/** The 问题清单: its units with their findings. */
export const FINDINGS_PAGE = 500;
/** The roster: its units with status and counts. */
export const ROSTER_PAGE = 2000;

const id = z.int();
const status = z.nullable(z.enum(REVIEW_STATUSES));
const level = z.enum(REGION_LEVELS);
/** A calendar day (YYYY-MM-DD) or none. */
const day = z.nullable(z.string());
const named = z.object({ id, name: z.string() });

/** A list of the core's values: an array whose items have at least these keys. */
function coreList<T>(keys: readonly (keyof T & string)[]) {
  return z.custom<readonly T[]>(
    (v) =>
      Array.isArray(v) &&
      v.every((item: unknown) => typeof item === 'object' && item !== null && keys.every((k) => k in item)),
  );
}
const findings = coreList<SettledFinding>(['rule', 'severity', 'path', 'message']);
const figures = coreList<Figure>(['key', 'value', 'units']);
const differences = coreList<ReconcileDifference>(['path', 'label', 'own', 'sum']);

export const deskRegion = z.object({
  id,
  parentId: z.nullable(id),
  name: z.string(),
  level,
  /** 0 for the region the answer is about, 1 for its children, …; −1, −2 … for its ancestors. */
  depth: z.int(),
  /** The deadline set on this region itself for the year, or null. */
  deadline: day,
  /** The signed-in supervisor may set this region's deadline (it is in their subtree). */
  canSetDeadline: z.boolean(),
});
export type DeskRegion = z.infer<typeof deskRegion>;

/** A line of the units list (endpoints.ts), its region by id only, with the deadline it inherits. */
export const rosterUnit = z.extend(z.omit(unitRow, { regionName: true }), {
  /** The nearest deadline of its region or an ancestor, or null. */
  deadline: day,
  /** The deadline has passed and the report is neither submitted nor approved. */
  overdue: z.boolean(),
});
export type RosterUnit = z.infer<typeof rosterUnit>;

/** `?year=&limit=`: the units of the supervisor's subtree, a page at a time, with the counts over all. */
export const roster = endpoint({
  method: 'GET',
  route: '/roster',
  path: ({ year, limit }: { year: number; limit: number }) => `/roster?year=${year}&limit=${limit}`,
  request: undefined,
  response: z.object({
    year: z.int(),
    /** The supervisor's own region first, then its subtree (path order), then its ancestors. */
    regions: z.array(deskRegion),
    /** How many units the subtree has, and how many in each status (and overdue), over all of them. */
    total: z.int(),
    counts: z.object({
      none: z.int(),
      draft: z.int(),
      returned: z.int(),
      submitted: z.int(),
      approved: z.int(),
      overdue: z.int(),
    }),
    /** The first units by region and name (a page; a province lists more on request). */
    units: z.array(rosterUnit),
  }),
});
export type RosterAnswer = z.infer<typeof roster.response>;

export const sumUnit = z.object({ id, name: z.string(), regionName: z.string() });
export type SumUnit = z.infer<typeof sumUnit>;

export const leftOutUnit = z.object({
  id,
  name: z.string(),
  regionName: z.string(),
  status,
  /** Why it is not in the 汇总, in Chinese. */
  reason: z.string(),
});
export type LeftOutUnit = z.infer<typeof leftOutUnit>;

/** `?region=&year=`: the 汇总 of the approved reports of a region's subtree. */
export const regionSum = endpoint({
  method: 'GET',
  route: '/sum',
  path: ({ region, year }: { region: number; year: number }) => `/sum?region=${region}&year=${year}`,
  request: undefined,
  response: z.object({
    region: z.object({ id, name: z.string(), level }),
    /** The region's parent when it is still in the supervisor's scope (to go back up). */
    parent: z.nullable(named),
    year: z.int(),
    /** How many units' approved reports are summed, and how many units are left out. */
    unitsTotal: z.int(),
    leftOutTotal: z.int(),
    /** The first of them by name: a province lists the rest by number only. */
    units: z.array(sumUnit),
    leftOut: z.array(leftOutUnit),
    /** The direct sub-regions, each with its own subtotal a click away. */
    children: z.array(z.object({ id, name: z.string(), level, included: z.int(), leftOut: z.int() })),
    /** The 汇总 as a draft of its own (the report view and the CSV draw it). */
    document: draftSchema,
  }),
});
export type SumAnswer = z.infer<typeof regionSum.response>;

/** The region's query of the desk's pages: `&region=` when one is chosen. */
const regionPart = (region: number | undefined) => (region === undefined ? '' : `&region=${region}`);

/** `?year=[&region=]&limit=`: the 问题清单 — each unit's findings, a page at a time. */
export const findingsList = endpoint({
  method: 'GET',
  route: '/findings',
  path: ({ year, region, limit }: { year: number; region?: number | undefined; limit: number }) =>
    `/findings?year=${year}${regionPart(region)}&limit=${limit}`,
  request: undefined,
  response: z.object({
    year: z.int(),
    region: named,
    /** How many units the region has (`units` holds the first of them, a page). */
    total: z.int(),
    /** Over the whole region: units whose report has findings, and how many errors and warnings. */
    summary: z.object({ withProblems: z.int(), errors: z.int(), warnings: z.int() }),
    units: z.array(z.object({ id, name: z.string(), regionName: z.string(), status, findings })),
  }),
});
export type FindingsAnswer = z.infer<typeof findingsList.response>;

/** `?year=[&region=]`: the year's figures per region (its whole subtree) and per approved report. */
export const yearFigures = endpoint({
  method: 'GET',
  route: '/figures',
  path: ({ year, region }: { year: number; region?: number | undefined }) =>
    `/figures?year=${year}${regionPart(region)}`,
  request: undefined,
  response: z.object({
    year: z.int(),
    region: named,
    /** The region itself first, then every region below it (path order); depth 0 is the region. */
    regions: z.array(z.object({ id, name: z.string(), depth: z.int(), figures })),
    units: z.array(z.object({ id, name: z.string(), regionName: z.string(), figures })),
  }),
});
export type FiguresAnswer = z.infer<typeof yearFigures.response>;

/** `?year=[&region=][&own=][&includeOwn=1]`: the region's own report against the 汇总 of its approved units. */
export const reconcileRegion = endpoint({
  method: 'GET',
  route: '/reconcile',
  path: ({
    year,
    region,
    own,
    includeOwn,
  }: {
    year: number;
    region?: number | undefined;
    own?: number | undefined;
    includeOwn: boolean;
  }) =>
    `/reconcile?year=${year}${regionPart(region)}${own === undefined ? '' : `&own=${own}`}${includeOwn ? '&includeOwn=1' : ''}`,
  request: undefined,
  response: z.object({
    year: z.int(),
    region: named,
    /** The region's own units (one of them files the region's own report). */
    candidates: z.array(named),
    /** The unit whose report is the region's own (null: none chosen or guessed). */
    own: z.nullable(z.object({ id, name: z.string(), status })),
    includeOwn: z.boolean(),
    /** What is compared, in words. */
    scope: z.string(),
    /** How many cells were compared. */
    cells: z.int(),
    differences,
    /** The approved reports in the 汇总. */
    counted: z.array(sumUnit),
    /** The units not approved (not in the 汇总), and why. */
    notCounted: z.array(leftOutUnit),
  }),
});
export type ReconcileAnswer = z.infer<typeof reconcileRegion.response>;
