import { readFeeFigures } from './fee-figures';
import { emptyDraft } from '../report/empty-draft';
import { PARTS, PROCESSING_FEES_NAMED, partById } from '../report/layout/parts';
import { PROCESSING_FEES_HEADING } from '../report/layout/steps';
import type { PartId } from '../report/layout/parts';
import { isReportYear } from '../report/rules/year';
import { getPath, setPath } from '../report/paths';
import { NUMERIC_FIELDS } from '../report/numeric-fields';
import type { Draft } from '../report/schema';
import { proactiveNarrativeFindings } from '../report/rules/narrative-proactive';
import { computeDerived } from '../report/totals';
import { addressLeftOut, readContact } from './contact';
import { describePath } from '../report/describe-path';
import { excerpt } from '../report/limits';
import { findCutOff } from './cut-off';
import { importProvenance } from './import-provenance';
import type { ImportResult } from './import-result';
import { readLines } from './lines';
import { findMismatches } from './mismatches';
import { proseText } from './paragraphs';
import { APPEALS_READER, MATRIX_READER, PROACTIVE_READER } from './table-readers';
import { splitSections } from './sections';
import { agencyFromSignature, readTitle, yearFromPeriod } from './title';
import { splitTopics } from './topics';
import { reportingYear } from '../report/reporting-year';

const TABLE_PARTS = [PROACTIVE_READER.part, MATRIX_READER.part, APPEALS_READER.part];

export interface ImportOptions {
  /** Year used when the report states none (default: last calendar year). */
  readonly fallbackYear?: number;
}

/** Why a text is not taken for a report: what was looked for, and what little was found. */
function notAReportMessage(found: readonly PartId[]): string {
  const parts = [partById('overview').heading, partById('applications').heading];
  if (found.length > 0) {
    const names = found.map((id) => `“${partById(id).heading}”`).join('、');
    return `这不是完整的政府信息公开工作年度报告：只找到了${names}，没有找到报告的标题和其他部分，也没有找到“${parts[1]}”的表格。请选择报告全文（文本、网页、Word 或 PDF）。`;
  }
  return `这不是政府信息公开工作年度报告：没有找到报告的标题、“${parts[0]}”等各部分的标题，也没有找到“${parts[1]}”的表格。请选择报告正文（文本、网页、Word 或 PDF）。`;
}

function topicsLabel(partId: 'overview' | 'problems'): string {
  return partById(partId)
    .prose.filter((f) => 'keywords' in f)
    .map((f) => `“${f.label}”`)
    .join('、');
}

/**
 * A published report's text → a draft, with a full account of what was mapped and what was not.
 * Pure; may throw only on a bug — use `importReportText` for the never-throwing entry point.
 */
export function parseReportText(text: string, options: ImportOptions = {}): ImportResult {
  if (text.trim() === '') return { ok: false, message: '文件是空的，没有可导入的内容。' };
  const lines = readLines(text);
  const sections = splitSections(lines);
  const part = (id: Parameters<typeof partById>[0]) => sections.parts.get(id) ?? [];
  const proactive = PROACTIVE_READER.read(part(PROACTIVE_READER.part));
  const matrix = MATRIX_READER.read(part(MATRIX_READER.part));
  const appeals = APPEALS_READER.read(part(APPEALS_READER.part));
  const titleRead = readTitle(sections.head);
  // A title without the agency (a page's copy often leaves the title out): the signature at the end.
  const title =
    titleRead.agencyName === '' ? { ...titleRead, agencyName: agencyFromSignature(lines) } : titleRead;

  const matrixCells = matrix.numbers.length + matrix.printed.length;
  const isReport =
    sections.parts.size >= 3 ||
    (title.year !== undefined && title.agencyName !== '' && sections.parts.size >= 1) ||
    matrixCells >= 24;
  if (!isReport) return { ok: false, message: notAReportMessage([...sections.parts.keys()]) };

  const notices: string[] = [];
  const preambleLines = sections.head.slice(title.end);
  const preamble = proseText(preambleLines);
  let year = title.year ?? yearFromPeriod(preamble) ?? yearFromPeriod(text);
  const yearRead = year !== undefined && isReportYear(year);
  if (year === undefined || !isReportYear(year)) {
    year = options.fallbackYear ?? reportingYear();
    notices.push(`没有找到报告年度，暂按 ${year} 年填写，请在基本信息中核对。`);
  } else if (title.year === undefined) {
    notices.push(`标题中没有年度，按统计期限取 ${year} 年。`);
  }
  if (title.agencyName === '') notices.push('标题中没有机关名称，请在基本信息中填写“机关名称”。');

  let draft: Draft = emptyDraft(title.agencyName, year);
  const contact = readContact(preamble);
  const leftOut = addressLeftOut(preamble, contact.address);
  if (leftOut) {
    notices.push(
      `“${describePath('meta.contact.address')}”没有全部导入：只取了“${contact.address ?? ''}”，原文后面还有“${excerpt(leftOut)}”，请在基本信息中核对补全。`,
    );
  }
  const { website, ...rest } = contact;
  draft = {
    ...draft,
    meta: { ...draft.meta, preamble, ...(website ? { website } : {}), contact: rest },
  };

  const overview = splitTopics(part('overview'), partById('overview').prose);
  draft = setPath(draft, 'overview.summary', proseText(overview.leading));
  for (const [path, topicLines] of overview.topics) draft = setPath(draft, path, proseText(topicLines));
  if (overview.topics.size === 0 && part('overview').length > 0) {
    notices.push(`第一部分没有${topicsLabel('overview')}等小标题，全文放入“开篇概述”，请分到各项。`);
  }

  const problemsPart = splitTopics(part('problems'), partById('problems').prose);
  const [problemsField, improvementsField] = partById('problems').prose;
  const problemsLines = [
    ...problemsPart.leading,
    ...(problemsPart.topics.get(problemsField?.path ?? '') ?? []),
  ];
  draft = setPath(draft, 'problems.problems', proseText(problemsLines));
  draft = setPath(
    draft,
    'problems.improvements',
    proseText(problemsPart.topics.get(improvementsField?.path ?? '') ?? []),
  );
  if (!problemsPart.topics.has(improvementsField?.path ?? '') && part('problems').length > 0) {
    notices.push(
      `第五部分没有${topicsLabel('problems')}小标题，全文放入“${problemsField?.label ?? ''}”，请核对。`,
    );
  }
  const otherText = proseText(part('other'));
  draft = setPath(draft, 'otherMatters.text', otherText);
  const fees = readFeeFigures(otherText);
  for (const [key, value] of Object.entries(fees)) {
    if (value !== null) draft = setPath(draft, `otherMatters.processingFees.${key}`, value);
  }
  if (sections.parts.has('other') && Object.values(fees).some((v) => v === null)) {
    notices.push(
      `第六部分没有写明${PROCESSING_FEES_HEADING}的全部数字（${PROCESSING_FEES_NAMED}），未写明的请在第六部分填写。`,
    );
  }

  const tables = [
    { id: PROACTIVE_READER.part, result: proactive },
    { id: MATRIX_READER.part, result: matrix },
    { id: APPEALS_READER.part, result: appeals },
  ] as const;
  for (const t of tables) {
    if (!t.result.found) notices.push(`没有找到“${partById(t.id).heading}”的表格，相应数字留空。`);
    notices.push(...t.result.notices);
  }
  const mapped = tables.flatMap((t) => t.result.numbers);
  for (const n of mapped) draft = setPath(draft, n.path, n.value);

  const ambiguous = tables.flatMap((t) => t.result.ambiguous);
  const printed = tables.flatMap((t) => t.result.printed);
  const unread = NUMERIC_FIELDS.filter(
    (f) => TABLE_PARTS.some((t) => f.path.startsWith(`${t}.`)) && getPath(draft, f.path) === null,
  ).map((f) => f.path);
  const { mismatches, trusted } = findMismatches(printed, computeDerived(draft), ambiguous, unread);
  // P1 at import: a table-二 figure the prose also states and the table prints otherwise.
  for (const f of proactiveNarrativeFindings(draft)) notices.push(f.message);
  const cutOff = findCutOff(lines, sections.parts);
  const missingParts = PARTS.filter((p) => !sections.parts.has(p.id) && !cutOff?.missing.includes(p.id)).map(
    (p) => `“${p.heading}”`,
  );
  if (missingParts.length > 0) notices.push(`没有找到以下部分的标题：${missingParts.join('、')}。`);
  for (const id of sections.parts.keys()) {
    if (!sections.headingLines.has(id))
      notices.push(`没有找到“${partById(id).heading}”的标题，已按表格的表头找到这张表格，请核对。`);
  }
  if (cutOff) {
    const rest = cutOff.missing.map((id) => `“${partById(id).heading}”`).join('、');
    notices.push(
      `原文在“${partById(cutOff.lastPart).heading}”中间中断（最后一行“${excerpt(cutOff.lastLine, 30)}”），没有${rest}：可能只复制了报告的一部分，请复制报告全文后再导入。`,
    );
  }

  const tablesNotRead = tables
    .filter((t) => !t.result.found || t.result.numbers.length === 0)
    .map((t) => t.id);
  const provenance = importProvenance({
    draft,
    head: sections.head,
    parts: sections.parts,
    yearRead,
    overviewTopics: overview.topics.size,
    improvementsHeading: problemsPart.topics.has(improvementsField?.path ?? ''),
    tablesNotRead,
    ambiguous,
    singleOtherHandling: matrix.layout === '2019',
    cutOff,
  });
  return {
    ok: true,
    draft,
    provenance,
    layout: matrix.layout === '2019' || proactive.legacy2019 ? '2019' : '2021',
    mapped,
    unmapped: tables.flatMap((t) => t.result.unmapped).sort((a, b) => a.line - b.line),
    mismatches,
    blanks: mapped.filter((n) => n.blank).map((n) => n.path),
    ambiguous,
    notices,
    printedTotals: trusted,
    tablesNotRead,
  };
}
