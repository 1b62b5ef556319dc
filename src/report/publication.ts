import { differenceExcerpts } from './changes';
import type { Finding } from './findings';
import type { PlaceNote } from './publication-place';
import { PARTS } from './layout/parts';
import type { PartId } from './layout/parts';
import { metaLabel } from './layout/meta-fields';
import { NUMERIC_FIELDS } from './numeric-fields';
import { getPath } from './paths';
import type { ReportContent } from './schema';

// 发布核对: the page a unit published against the version its supervisor approved — number by
// number and part by part. Assessors penalise reports changed after publication.

export interface NumberDifference {
  readonly path: string;
  readonly label: string;
  /** As approved (blank prints as 0). */
  readonly approved: number;
  /** As read from the published page (blank or not printed: 0). */
  readonly published: number;
}

export interface PartDifference {
  /** The part (一, 五, 六) or `meta` for 机关名称 / 年度. */
  readonly part: PartId | 'meta';
  readonly heading: string;
  /** Where the texts first differ: a short excerpt of each, around that place. */
  readonly approved: string;
  readonly published: string;
}

export interface PublicationCheck {
  /** True when nothing differs and every table was read: 一致. */
  readonly same: boolean;
  readonly numbers: readonly NumberDifference[];
  readonly parts: readonly PartDifference[];
  /** Tables the page's reader could not find: their numbers could not be compared. */
  readonly tablesNotRead: readonly PartId[];
  /** The page's own errors by the rules `check` runs (its printed totals that do not add up, …). */
  readonly pageErrors?: readonly Finding[];
  /** When and where it was published, its title, tables only as images or a PDF (publication-place.ts). */
  readonly place?: readonly PlaceNote[];
  /**
   * What the page's reader could not read (reading gaps, with the text there): never a difference;
   * with no difference the outcome is 一致（N 处未能读取）.
   */
  readonly gaps?: readonly Finding[];
  /** The server's: an earlier check of this approved version found the page 一致 (发布后有变动). */
  readonly earlierSame?: { readonly at: string };
}

/** Text as compared: compatibility forms folded (full-width digits, …), every space and line break gone. */
export function comparableText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '');
}

const proseOf = (content: ReportContent, part: (typeof PARTS)[number]) =>
  comparableText(
    part.prose
      .map((f) => {
        const v = getPath(content, f.path);
        return typeof v === 'string' ? v : '';
      })
      .join(''),
  );

const renamed = (e: { before: string; after: string }) => ({ approved: e.before, published: e.after });

export interface PublicationInput {
  /** The approved version. */
  readonly approved: ReportContent;
  /**
   * The approved version as the same reader reads it from the app's own export: the prose as a
   * page shows it (headings, the fee sentence), so only real differences remain.
   */
  readonly approvedAsRead: ReportContent;
  /** The published page, read. */
  readonly published: ReportContent;
  readonly tablesNotRead: readonly PartId[];
  /** Paths the page's reader could not read (its provenance's gaps): not compared. */
  readonly unread?: readonly string[];
}

/** 一致, 一致（N 处未能读取） or 不一致: reading gaps alone never make a page differ. */
export type PublicationOutcome = 'same' | 'same-with-gaps' | 'differs';

export function publicationOutcomeOf(check: PublicationCheck): PublicationOutcome {
  if (check.same) return 'same';
  const differs = check.numbers.length > 0 || check.parts.length > 0 || (check.pageErrors ?? []).length > 0;
  if (differs) return 'differs';
  return (check.gaps ?? []).length > 0 || check.tablesNotRead.length > 0 ? 'same-with-gaps' : 'differs';
}

/** Where the published page differs from the approved version. Pure. */
export function comparePublication(input: PublicationInput): PublicationCheck {
  const { approved, approvedAsRead, published, tablesNotRead } = input;
  const notRead = new Set<string>(tablesNotRead);
  const unread = (path: string) => (input.unread ?? []).some((u) => path === u || path.startsWith(`${u}.`));
  const numbers: NumberDifference[] = [];
  for (const f of NUMERIC_FIELDS) {
    if (notRead.has(f.path.split('.')[0] ?? '') || unread(f.path)) continue;
    const a = getPath(approved, f.path);
    const p = getPath(published, f.path);
    const av = typeof a === 'number' ? a : 0;
    const pv = typeof p === 'number' ? p : 0;
    if (av !== pv) numbers.push({ path: f.path, label: f.label, approved: av, published: pv });
  }
  const parts: PartDifference[] = [];
  const name = [comparableText(approvedAsRead.meta.agencyName), comparableText(published.meta.agencyName)];
  const nameDiffers = name[0] !== name[1] && !unread('meta.agencyName');
  const yearDiffers = approved.meta.year !== published.meta.year && !unread('meta.year');
  if (nameDiffers || yearDiffers) {
    parts.push({
      part: 'meta',
      heading: `${metaLabel('meta.agencyName')}和${metaLabel('meta.year')}`,
      approved: `${approved.meta.agencyName} ${approved.meta.year}`,
      published: `${published.meta.agencyName} ${published.meta.year}`,
    });
  }
  for (const part of PARTS) {
    if (part.prose.length === 0) continue;
    const a = proseOf(approvedAsRead, part);
    const p = proseOf(published, part);
    if (a !== p) parts.push({ part: part.id, heading: part.heading, ...renamed(differenceExcerpts(a, p)) });
  }
  return {
    same: numbers.length === 0 && parts.length === 0 && tablesNotRead.length === 0,
    numbers,
    parts,
    tablesNotRead,
  };
}
