/**
 * What the supervisor's desk calls answer (/api/roster, /api/sum, /api/findings). Types only:
 * the app imports them too (nothing of the server's code).
 */
import type { SettledFinding } from '../../report/settlements';
import type { Figure } from '../../report/year-figures';
import type { ReconcileDifference } from '../../report/reconcile';
import type { Draft, ReviewStatus } from '../../report/schema';

export type RegionLevelName = 'province' | 'city' | 'county' | 'township';

export interface DeskRegion {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: string;
  readonly level: RegionLevelName;
  /** 0 for the region the answer is about, 1 for its children, …; −1, −2 … for its ancestors. */
  readonly depth: number;
  /** The deadline set on this region itself for the year (YYYY-MM-DD), or null. */
  readonly deadline: string | null;
  /** The signed-in supervisor may set this region's deadline (it is in their subtree). */
  readonly canSetDeadline: boolean;
}

export interface RosterUnit {
  readonly id: number;
  readonly name: string;
  readonly regionId: number;
  /** null: no report yet (未开始). */
  readonly status: ReviewStatus | null;
  readonly revision: number | null;
  readonly errors: number | null;
  readonly warnings: number | null;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
  /** The nearest deadline of its region or an ancestor (YYYY-MM-DD), or null. */
  readonly deadline: string | null;
  /** The deadline has passed and the report is neither submitted nor approved. */
  readonly overdue: boolean;
}

export interface RosterAnswer {
  readonly year: number;
  /** The supervisor's own region first, then its subtree (path order), then its ancestors. */
  readonly regions: readonly DeskRegion[];
  readonly units: readonly RosterUnit[];
}

export interface SumUnit {
  readonly id: number;
  readonly name: string;
  readonly regionName: string;
}

export interface LeftOutUnit extends SumUnit {
  readonly status: ReviewStatus | null;
  /** Why it is not in the 汇总, in Chinese. */
  readonly reason: string;
}

export interface SubRegionSum {
  readonly id: number;
  readonly name: string;
  readonly level: RegionLevelName;
  /** Approved reports in its subtree, and the units left out. */
  readonly included: number;
  readonly leftOut: number;
}

export interface SumAnswer {
  readonly region: { readonly id: number; readonly name: string; readonly level: RegionLevelName };
  /** The region's parent when it is still in the supervisor's scope (to go back up). */
  readonly parent: { readonly id: number; readonly name: string } | null;
  readonly year: number;
  /** How many units' approved reports are summed, and how many units are left out. */
  readonly unitsTotal: number;
  readonly leftOutTotal: number;
  /** The first of them by name (SUM_UNITS_LISTED of each): a province lists the rest by number only. */
  readonly units: readonly SumUnit[];
  readonly leftOut: readonly LeftOutUnit[];
  /** The direct sub-regions, each with its own subtotal a click away. */
  readonly children: readonly SubRegionSum[];
  /** The 汇总 as a draft of its own (the report view and the CSV draw it). */
  readonly document: Draft;
}

export interface FindingsUnit {
  readonly id: number;
  readonly name: string;
  readonly regionName: string;
  readonly status: ReviewStatus | null;
  /** The core's findings, each warning with where it stands (settlements.ts). */
  readonly findings: readonly SettledFinding[];
}

export interface FindingsAnswer {
  readonly year: number;
  readonly region: { readonly id: number; readonly name: string };
  /** How many units the region has (`units` holds the first of them, a page). */
  readonly total: number;
  /** Over the whole region: units whose report has findings, and how many errors and warnings. */
  readonly summary: { readonly withProblems: number; readonly errors: number; readonly warnings: number };
  readonly units: readonly FindingsUnit[];
}

/** One unit's outcome in a bulk settle (POST /api/settlements): settled, or why not (in Chinese). */
export interface BulkSettleOutcome {
  readonly unitId: number;
  readonly ok: boolean;
  readonly message?: string;
}

/** GET /api/figures: the year's figures per region (its whole subtree) and per approved report. */
export interface FiguresAnswer {
  readonly year: number;
  readonly region: { readonly id: number; readonly name: string };
  /** The region itself first, then every region below it (path order); depth 0 is the region. */
  readonly regions: readonly {
    readonly id: number;
    readonly name: string;
    readonly depth: number;
    readonly figures: readonly Figure[];
  }[];
  readonly units: readonly {
    readonly id: number;
    readonly name: string;
    readonly regionName: string;
    readonly figures: readonly Figure[];
  }[];
}

/** GET /api/reconcile: the region's own report against the 汇总 of its approved units. */
export interface ReconcileAnswer {
  readonly year: number;
  readonly region: { readonly id: number; readonly name: string };
  /** The region's own units (one of them files the region's own report). */
  readonly candidates: readonly { readonly id: number; readonly name: string }[];
  /** The unit whose report is the region's own (null: none chosen or guessed). */
  readonly own: { readonly id: number; readonly name: string; readonly status: ReviewStatus | null } | null;
  readonly includeOwn: boolean;
  /** What is compared, in words. */
  readonly scope: string;
  /** How many cells were compared. */
  readonly cells: number;
  readonly differences: readonly ReconcileDifference[];
  /** The approved reports in the 汇总. */
  readonly counted: readonly SumUnit[];
  /** The units not approved (not in the 汇总), and why. */
  readonly notCounted: readonly LeftOutUnit[];
}
