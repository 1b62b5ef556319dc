import { PARTS, reportTitleSegments } from '../report/layout/parts';
import type { PartId, ProseFieldDef } from '../report/layout/parts';
import { getPath } from '../report/paths';
import type { Draft } from '../report/schema';
import type { GridCell, GridTable, TableId } from '../report/table-model';
import { gridTable } from '../report/table-model';
import { generatePreamble } from '../report/text/preamble';
import { computeDerived, valueAt } from '../report/totals';
import type { DerivedValues } from '../report/totals';
import { cellText } from './cell-text';
import { feeStatementParagraphs } from './other-matters';
import { splitParagraphs } from '../report/text/paragraphs';

/**
 * The report as every exporter sees it: the title, the preamble, the six parts with
 * their headings, paragraphs and tables (grids from the layout, with each value cell's
 * printed text). No renderer reads the draft itself.
 */
export interface ReportCell extends GridCell {
  /** What the cell prints: the label, or for a value cell its number (blank → `0`). */
  readonly text: string;
}

export interface ReportTable {
  readonly id: TableId;
  readonly caption: string;
  readonly columnCount: number;
  readonly head: readonly (readonly ReportCell[])[];
  readonly body: readonly (readonly ReportCell[])[];
}

/** A run of prose: an optional sub-heading (`（一）主动公开`) and its paragraphs. */
export interface ReportSection {
  /** Draft path of the text (for review comments). */
  readonly path: string;
  /** '' when the text is printed without a sub-heading. */
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export interface ReportPart {
  readonly id: PartId;
  readonly heading: string;
  readonly sections: readonly ReportSection[];
  readonly table?: ReportTable;
}

export interface ReportDocument {
  readonly title: string;
  /** The title in the pieces a line may break between (`reportTitleSegments`). */
  readonly titleSegments: readonly string[];
  readonly agencyName: string;
  readonly year: number;
  readonly preamble: readonly string[];
  readonly parts: readonly ReportPart[];
  /** Print the 草稿 banner and watermark. */
  readonly draftMark: boolean;
}

export interface ReportDocumentOptions {
  readonly draftMark?: boolean;
}

function resolveTable(table: GridTable, draft: Draft, derived: DerivedValues): ReportTable {
  const resolve = (cell: GridCell): ReportCell => ({
    ...cell,
    text:
      cell.kind === 'value' && cell.path ? cellText(valueAt(draft, derived, cell.path)) : (cell.text ?? ''),
  });
  return {
    id: table.id,
    caption: table.caption,
    columnCount: table.columnCount,
    head: table.head.map((row) => row.map(resolve)),
    body: table.body.map((row) => row.map(resolve)),
  };
}

function proseSection(draft: Draft, field: ProseFieldDef): ReportSection | undefined {
  const value = getPath(draft, field.path);
  const paragraphs = splitParagraphs(typeof value === 'string' ? value : '');
  if (field.optional && paragraphs.length === 0) return undefined;
  return { path: field.path, heading: field.heading, paragraphs };
}

function preambleOf(draft: Draft): string[] {
  const typed = splitParagraphs(draft.meta.preamble);
  return typed.length > 0 ? typed : splitParagraphs(generatePreamble(draft.meta));
}

/** Builds the printed report of a draft. Totals are computed here, never read from the draft. */
export function buildReportDocument(draft: Draft, options: ReportDocumentOptions = {}): ReportDocument {
  const derived = computeDerived(draft);
  const parts = PARTS.map((part): ReportPart => {
    const sections: ReportSection[] = part.prose.flatMap((field) => proseSection(draft, field) ?? []);
    const last = sections.at(-1);
    if (part.id === 'other' && last) {
      sections[sections.length - 1] = {
        ...last,
        paragraphs: [...last.paragraphs, ...feeStatementParagraphs(draft)],
      };
    }
    const table = 'table' in part ? resolveTable(gridTable(part.table), draft, derived) : undefined;
    return { id: part.id, heading: part.heading, sections, ...(table ? { table } : {}) };
  });
  const titleSegments = reportTitleSegments(draft.meta.agencyName.trim(), draft.meta.year);
  return {
    title: titleSegments.join(''),
    titleSegments,
    agencyName: draft.meta.agencyName.trim(),
    year: draft.meta.year,
    preamble: preambleOf(draft),
    parts,
    draftMark: options.draftMark ?? false,
  };
}
