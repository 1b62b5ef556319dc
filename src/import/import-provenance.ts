import { describePath } from '../report/describe-path';
import { LAYOUT_2019_SINGLE_OTHER_HANDLING } from '../report/layout/layout-2019';
import { META_FIELDS } from '../report/layout/meta-fields';
import type { MetaFieldDef } from '../report/layout/meta-fields';
import { partById } from '../report/layout/parts';
import type { PartId } from '../report/layout/parts';
import { NUMERIC_FIELDS } from '../report/numeric-fields';
import { getPath } from '../report/paths';
import type { NotStated, Provenance, ReadingGap } from '../report/provenance';
import { covers } from '../report/provenance';
import type { Draft } from '../report/schema';
import { statesFees } from '../report/text/fee-sentence';
import { layoutCharacters } from './normalize';
import type { CutOff } from './cut-off';
import { partPaths } from './cut-off';
import type { TablePartId } from './import-result';
import type { SourceLine } from './lines';
import type { AmbiguousRow } from './table-import';

/** What the importer knows when it has read a report, for the provenance of each value. */
export interface ProvenanceInput {
  readonly draft: Draft;
  /** The text's lines before part 一 (title, preamble). */
  readonly head: readonly SourceLine[];
  readonly parts: ReadonlyMap<PartId, readonly SourceLine[]>;
  /** False when no year was found in the text (the year is a guess). */
  readonly yearRead: boolean;
  /** How many of part 一's topics had a sub-heading of their own. */
  readonly overviewTopics: number;
  /** True when part 五 had an 改进情况 sub-heading. */
  readonly improvementsHeading: boolean;
  readonly tablesNotRead: readonly TablePartId[];
  readonly ambiguous: readonly AmbiguousRow[];
  /** True when table 三 prints （六）其他处理 as one row (its numbers went to 3.其他). */
  readonly singleOtherHandling: boolean;
  /** Where the copied text stops mid-report, if it does. */
  readonly cutOff?: CutOff | undefined;
}

const blank = (draft: Draft, path: string) => {
  const v = getPath(draft, path);
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
};

const firstText = (lines: readonly SourceLine[]) => lines.find((l) => l.text.trim() !== '')?.text ?? '';

function tableGap(id: TablePartId, input: ProvenanceInput): ReadingGap {
  const heading = partById(id).heading;
  const lines = input.parts.get(id);
  if (!lines) return { path: id, what: `没有找到“${heading}”这一部分的标题和表格`, excerpt: '' };
  const after = firstText(lines);
  return {
    path: id,
    what: `“${heading}”的表格没有读到（表格可能是图片，或印法无法识别）`,
    excerpt: after,
  };
}

/**
 * The row a cell belongs to (`applications.results.disclosed.natural` → `…disclosed`,
 * `proactive.regulations.issued` → `proactive.regulations`); a table-二 figure of its own
 * (`proactive.feeAmount`) is its own row.
 */
function rowOf(path: string): string {
  const row = path.slice(0, path.lastIndexOf('.'));
  return row.includes('.') ? row : path;
}

/** Cells of a read table that stayed blank outside any named row: rows the importer did not find. */
function rowGaps(input: ProvenanceInput, named: readonly { path: string }[]): ReadingGap[] {
  const out: ReadingGap[] = [];
  const seen = new Set<string>();
  for (const f of NUMERIC_FIELDS) {
    const table = f.path.split('.')[0] ?? '';
    if (table === 'otherMatters' || !blank(input.draft, f.path)) continue;
    if (named.some((g) => covers(g.path, f.path))) continue;
    const row = rowOf(f.path);
    if (seen.has(row)) continue;
    seen.add(row);
    const where = input.cutOff?.lastPart === table ? '原文在这张表格中间中断，' : '';
    out.push({ path: row, what: `${where}表格中没有读到“${describePath(row)}”这一行的数字`, excerpt: '' });
  }
  return out;
}

/** Sentences of the report's prose, for the fee statement quoted as the reason. */
function feeStatement(draft: Draft): string | undefined {
  const prose = [
    draft.otherMatters.text,
    ...Object.values(draft.overview),
    draft.problems.problems,
    draft.problems.improvements,
  ]
    .filter((t): t is string => typeof t === 'string')
    .join('\n');
  // Read in the layout's characters: a mirror site's traditional copy states it too.
  return prose.split(/(?<=[。；\n])/).find((s) => statesFees(layoutCharacters(s)));
}

/**
 * Where each value of an imported draft came from: what could not be read (reading gaps, with the
 * text there) and what the report need not state. Everything else was read, or the report left it
 * out (which the completeness rules then say).
 */
export function importProvenance(input: ProvenanceInput): Provenance {
  const { draft } = input;
  const gaps: ReadingGap[] = [];
  if (blank(draft, 'meta.agencyName')) {
    gaps.push({
      path: 'meta.agencyName',
      what: '标题中没有读到机关名称',
      excerpt: firstText(input.head),
    });
  }
  if (!input.yearRead) {
    gaps.push({ path: 'meta.year', what: `没有读到报告年度（暂按 ${draft.meta.year} 年）`, excerpt: '' });
  }
  const cutParts: readonly string[] = input.cutOff?.missing ?? [];
  gaps.push(...input.tablesNotRead.filter((id) => !cutParts.includes(id)).map((id) => tableGap(id, input)));
  const cut = input.cutOff;
  if (cut) {
    const where = partById(cut.lastPart).heading;
    for (const id of cut.missing) {
      const part = partById(id);
      for (const path of partPaths(part))
        gaps.push({
          path,
          what: `原文在“${where}”中间中断，没有“${part.heading}”（可能只复制了报告的一部分）`,
          excerpt: cut.lastLine,
        });
    }
  }
  for (const a of input.ambiguous) gaps.push({ path: a.path, what: a.reason, excerpt: a.printed });

  const notStated: NotStated[] = [];
  if (input.singleOtherHandling) {
    // （六）其他处理 printed as one row: its numbers are in 3.其他; the other two rows are not printed.
    const { group, label, mapsTo } = LAYOUT_2019_SINGLE_OTHER_HANDLING;
    const why = `报告把“${label}”印为一行，其数字已记入“${describePath(`applications.${mapsTo}`)}”`;
    for (const f of NUMERIC_FIELDS) {
      const inGroup =
        f.path.startsWith(`applications.${group}.`) && !f.path.startsWith(`applications.${mapsTo}.`);
      const row = rowOf(f.path);
      if (inGroup && blank(draft, f.path) && !notStated.some((n) => n.path === row))
        notStated.push({ path: row, why });
    }
  }
  const metaFields: readonly MetaFieldDef[] = META_FIELDS;
  for (const f of metaFields) {
    if (f.recommended && blank(draft, f.path))
      notStated.push({ path: f.path, why: '报告前言没有写明，已发布的报告不必写明' });
  }
  gaps.push(...rowGaps(input, [...gaps, ...notStated]));
  const overview = partById('overview');
  if (input.overviewTopics === 0 && !blank(draft, 'overview.summary')) {
    for (const f of overview.prose) {
      if (!('optional' in f) && blank(draft, f.path))
        notStated.push({ path: f.path, why: '第一部分写成一段，没有分小标题，全文记为开篇概述' });
    }
  }
  if (
    !input.improvementsHeading &&
    !blank(draft, 'problems.problems') &&
    blank(draft, 'problems.improvements')
  ) {
    notStated.push({
      path: 'problems.improvements',
      why: '第五部分没有分小标题，问题和改进写在一起',
    });
  }
  const fees = NUMERIC_FIELDS.filter((f) => f.path.startsWith('otherMatters.') && blank(draft, f.path));
  const statement = fees.length > 0 ? feeStatement(draft) : undefined;
  if (statement) {
    const quoted = statement.trim().length > 40 ? `${statement.trim().slice(0, 40)}…` : statement.trim();
    const why = `报告已写明信息处理费情况（“${quoted}”）`;
    if (fees.length === 3) notStated.push({ path: 'otherMatters.processingFees', why });
    else for (const f of fees) notStated.push({ path: f.path, why });
  }
  return { gaps, notStated };
}
