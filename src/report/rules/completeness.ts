import { describePath } from '../describe-path';
import type { Finding } from '../findings';
import { META_FIELDS } from '../layout/meta-fields';
import type { MetaFieldDef } from '../layout/meta-fields';
import { PARTS, PROCESSING_FEES_NAMED } from '../layout/parts';
import type { PartDef, ProseFieldDef } from '../layout/parts';
import { FILL_BLANKS_LABEL, PROCESSING_FEES_HEADING } from '../layout/steps';
import { NUMERIC_FIELDS } from '../numeric-fields';
import type { StepId } from '../part-of-path';
import { stepOfPath } from '../part-of-path';
import { getPath } from '../paths';
import { statesFees } from '../text/fee-sentence';
import type { Provenance } from '../provenance';
import { accountedFor } from '../provenance';

/** Prose with fewer characters than this (white space not counted) is flagged as thin (C3). */
export const SHORT_PROSE_CHARS = 10;

/** Some provinces cap 一、总体情况 at this many characters (C4, a warning). */
export const OVERVIEW_MAX_CHARS = 1000;

/** Characters of a text, white space not counted. */
export function proseLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/.test(ch)) n++;
  return n;
}

/** True when a value counts as entered: text with something in it, a number, or anything typed. */
export function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return value !== null && value !== undefined;
}

const isRequiredMeta = (f: MetaFieldDef) => f.required === true;

const isRequiredProse = (f: ProseFieldDef) => !f.optional;
const FEE_FIELDS = NUMERIC_FIELDS.filter((f) => f.path.startsWith('otherMatters.'));
/** The part whose text the fee sentence stands in for when the clerk wrote none (part 六). */
const FEE_PART = PARTS.find((p) => p.id === 'other');
const OVERVIEW = PARTS.find((p) => p.id === 'overview');
const PROBLEMS = PARTS.find((p) => p.id === 'problems');

/**
 * Every value the completeness rules require, in report order: the required 基本信息 fields,
 * the required prose of the parts, every typed number (table cells and the fee figures).
 * The task list counts these to tell 未开始 from 填写中.
 */
export const REQUIRED_PATHS: readonly string[] = [
  ...META_FIELDS.filter(isRequiredMeta).map((f) => f.path),
  ...PARTS.flatMap((p) => (p.prose as readonly ProseFieldDef[]).filter(isRequiredProse).map((f) => f.path)),
  ...NUMERIC_FIELDS.map((f) => f.path),
];

/** The required values held by one wizard step. */
export function requiredPathsOf(step: StepId): readonly string[] {
  return REQUIRED_PATHS.filter((p) => stepOfPath(p) === step);
}

const text = (draft: unknown, path: string): string => {
  const v = getPath(draft, path);
  return typeof v === 'string' ? v : '';
};

/** A prose field's place in Chinese: `一、总体情况 · 主动公开`, or the heading alone for a lone field. */
function proseName(part: PartDef, field: ProseFieldDef): string {
  return part.heading.endsWith(field.label) ? part.heading : describePath(field.path);
}

function missing(path: string, place: string, extra = ''): Finding {
  return { rule: 'C1', severity: 'error', path, message: `${place} 还没有填写${extra}。` };
}

/**
 * How the completeness rules see one draft: a draft written in the app (no provenance) must have
 * every required value; a draft read from a published report (with the importer's provenance)
 * is asked only for what the report itself left out — an unread value is a reading gap, a value
 * the report need not state is not asked for.
 */
interface Seen {
  readonly draft: unknown;
  readonly provenance: Provenance | undefined;
}

/** Filled, or (for a published report) accounted for by the importer. */
function present(seen: Seen, path: string): boolean {
  return isFilled(getPath(seen.draft, path)) || accountedFor(seen.provenance, path);
}

/** What a published report left out: said as such, never as “还没有填写”. */
function leftOut(path: string, place: string, severity: Finding['severity']): Finding {
  return { rule: 'C1', severity, path, message: `${place} 原文中没有写明。` };
}

function metaFindings(seen: Seen): Finding[] {
  const fields: readonly MetaFieldDef[] = META_FIELDS;
  const out: Finding[] = [];
  for (const f of fields) {
    if (!(f.required || f.recommended) || present(seen, f.path)) continue;
    // A published report's preamble without a contact detail is worth a word, never an error.
    if (seen.provenance) {
      if (f.required) out.push(leftOut(f.path, describePath(f.path), 'warning'));
      continue;
    }
    out.push(
      f.required
        ? missing(f.path, describePath(f.path))
        : {
            rule: 'C1',
            severity: 'warning',
            path: f.path,
            message: `${describePath(f.path)} 还没有填写（报告前言通常写明，不影响提交）。`,
          },
    );
  }
  return out;
}

/**
 * Part 五's 改进情况 may be written in the same text as the problems (many reports do):
 * its keywords there count as the improvements being reported.
 */
/**
 * Words with which a part 五 written as one text (no sub-headings, as many published reports print
 * it) turns to what will be done: `针对存在问题，2025 年我们将…`, `今后`, `将进一步…`.
 */
const TURNS_TO_IMPROVEMENTS = ['针对', '今后', '将进一步', '我们将', '措施'] as const;

function improvementsInProblems(draft: unknown): boolean {
  const field = PROBLEMS?.prose.find((f) => f.path === 'problems.improvements');
  const problems = text(draft, 'problems.problems');
  return [...(field?.keywords ?? []), ...TURNS_TO_IMPROVEMENTS].some((k) => problems.includes(k));
}

/**
 * Part 六 is complete once it states the 信息处理费 (国办函〔2020〕109号): in its text, or through
 * the three figures, from which the standard sentence is written when the text does not state it.
 */
function feesStated(seen: Seen): boolean {
  return statesFees(text(seen.draft, 'otherMatters.text')) || FEE_FIELDS.every((f) => present(seen, f.path));
}

function proseFindings(seen: Seen, part: PartDef): Finding[] {
  const { draft } = seen;
  const required = part.prose.filter(isRequiredProse);
  // Part 六's text may be the fee sentence alone (feeFindings asks for that).
  if (part === FEE_PART) return [];
  const excused = (f: ProseFieldDef) => f.path === 'problems.improvements' && improvementsInProblems(draft);
  const left = required.filter((f) => !present(seen, f.path) && !excused(f));
  const first = left[0];
  if (!first) return [];
  const wholePart = left.length === required.length && required.length > 1;
  if (seen.provenance) {
    // A part absent from the text is the report's error; a topic its text does not name, a warning.
    const partText = part.prose.some((f) => isFilled(getPath(draft, f.path)));
    if (!partText) return [leftOut(first.path, part.heading, 'error')];
    return left.map((f) => leftOut(f.path, proseName(part, f), 'warning'));
  }
  if (wholePart) {
    // The whole part is empty: one finding for the part, at its first field.
    const topics = part === OVERVIEW ? `（应写明${required.map((f) => f.label).join('、')}情况）` : '';
    return [missing(first.path, part.heading, topics)];
  }
  return left.map((f) => missing(f.path, proseName(part, f)));
}

function tableFindings(seen: Seen, part: PartDef): Finding[] {
  if (!part.table) return [];
  const blanks = NUMERIC_FIELDS.filter((f) => f.path.startsWith(`${part.table}.`) && !present(seen, f.path));
  const first = blanks[0];
  if (!first) return [];
  if (seen.provenance) {
    return [
      {
        rule: 'C2',
        severity: 'error',
        path: first.path,
        message: `${part.heading}：表格中有 ${blanks.length} 个格子原文没有印数字（第一个是“${first.label}”）。`,
      },
    ];
  }
  return [
    {
      rule: 'C2',
      severity: 'error',
      path: first.path,
      message: `${part.heading}：表格中还有 ${blanks.length} 个空白格没有填写（第一个是“${first.label}”）；没有发生的事项填 0，也可以点“${FILL_BLANKS_LABEL}”。`,
    },
  ];
}

function feeFindings(seen: Seen, part: PartDef): Finding[] {
  if (part !== FEE_PART || feesStated(seen)) return [];
  const left = FEE_FIELDS.filter((f) => !present(seen, f.path));
  if (seen.provenance) {
    const first = left[0];
    return first
      ? [
          leftOut(
            first.path,
            `${part.heading} · ${PROCESSING_FEES_HEADING}（${PROCESSING_FEES_NAMED}）`,
            'error',
          ),
        ]
      : [];
  }
  return left.map((f) =>
    missing(f.path, `${part.heading} · ${f.label}`, '（没有的填 0；或在正文中写明信息处理费情况）'),
  );
}

function thinProseFindings(draft: unknown): Finding[] {
  const out: Finding[] = [];
  for (const part of PARTS as readonly PartDef[]) {
    for (const f of part.prose) {
      const n = proseLength(text(draft, f.path));
      if (n === 0 || n >= SHORT_PROSE_CHARS) continue;
      out.push({
        rule: 'C3',
        severity: 'warning',
        path: f.path,
        message: `${proseName(part, f)} 只有 ${n} 个字，内容过于简略，请补充具体情况。`,
      });
    }
  }
  return out;
}

function overviewLengthFindings(draft: unknown): Finding[] {
  if (!OVERVIEW) return [];
  const lengths = OVERVIEW.prose.map((f) => ({ path: f.path, n: proseLength(text(draft, f.path)) }));
  const total = lengths.reduce((s, l) => s + l.n, 0);
  if (total <= OVERVIEW_MAX_CHARS) return [];
  const longest = lengths.reduce((a, b) => (b.n > a.n ? b : a));
  return [
    {
      rule: 'C4',
      severity: 'warning',
      path: longest.path,
      message: `${OVERVIEW.heading}共 ${total} 字，超过一些省份要求的 ${OVERVIEW_MAX_CHARS} 字；如本地有字数要求，请精简。`,
    },
  ];
}

/**
 * The completeness rules (C1–C4): what a report cannot be submitted without, and prose that
 * is thin or long. `draft` may be the form's values as typed (blank numbers are null); with the
 * importer's `provenance` (a published report) only what the report itself left out is asked for.
 */
export function completenessFindings(draft: unknown, provenance?: Provenance): Finding[] {
  const seen: Seen = { draft, provenance };
  return [
    ...metaFindings(seen),
    ...(PARTS as readonly PartDef[]).flatMap((part) => [
      ...proseFindings(seen, part),
      ...tableFindings(seen, part),
      ...feeFindings(seen, part),
    ]),
    ...thinProseFindings(draft),
    ...overviewLengthFindings(draft),
  ];
}
