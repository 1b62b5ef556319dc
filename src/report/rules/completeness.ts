import { describePath } from '../describe-path';
import type { Finding } from '../findings';
import { META_FIELDS } from '../layout/meta-fields';
import type { MetaFieldDef } from '../layout/meta-fields';
import { PARTS } from '../layout/parts';
import type { PartDef, ProseFieldDef } from '../layout/parts';
import { FILL_BLANKS_LABEL } from '../layout/steps';
import { NUMERIC_FIELDS } from '../numeric-fields';
import type { StepId } from '../part-of-path';
import { stepOfPath } from '../part-of-path';
import { getPath } from '../paths';
import { statesFees } from '../text/fee-sentence';

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

function metaFindings(draft: unknown): Finding[] {
  const fields: readonly MetaFieldDef[] = META_FIELDS;
  const out: Finding[] = [];
  for (const f of fields) {
    if (!(f.required || f.recommended) || isFilled(getPath(draft, f.path))) continue;
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
function feesStated(draft: unknown): boolean {
  return (
    statesFees(text(draft, 'otherMatters.text')) || FEE_FIELDS.every((f) => isFilled(getPath(draft, f.path)))
  );
}

function proseFindings(draft: unknown, part: PartDef): Finding[] {
  const required = part.prose.filter(isRequiredProse);
  // Part 六's text may be the fee sentence alone (feeFindings asks for that).
  if (part === FEE_PART) return [];
  const excused = (f: ProseFieldDef) => f.path === 'problems.improvements' && improvementsInProblems(draft);
  const left = required.filter((f) => !isFilled(getPath(draft, f.path)) && !excused(f));
  const first = left[0];
  if (!first) return [];
  if (left.length === required.length && required.length > 1) {
    // The whole part is empty: one finding for the part, at its first field.
    const topics = part === OVERVIEW ? `（应写明${required.map((f) => f.label).join('、')}情况）` : '';
    return [missing(first.path, part.heading, topics)];
  }
  return left.map((f) => missing(f.path, proseName(part, f)));
}

function tableFindings(draft: unknown, part: PartDef): Finding[] {
  if (!part.table) return [];
  const blanks = NUMERIC_FIELDS.filter(
    (f) => f.path.startsWith(`${part.table}.`) && !isFilled(getPath(draft, f.path)),
  );
  const first = blanks[0];
  if (!first) return [];
  return [
    {
      rule: 'C2',
      severity: 'error',
      path: first.path,
      message: `${part.heading}：表格中还有 ${blanks.length} 个空白格没有填写（第一个是“${first.label}”）；没有发生的事项填 0，也可以点“${FILL_BLANKS_LABEL}”。`,
    },
  ];
}

function feeFindings(draft: unknown, part: PartDef): Finding[] {
  if (part !== FEE_PART || feesStated(draft)) return [];
  return FEE_FIELDS.filter((f) => !isFilled(getPath(draft, f.path))).map((f) =>
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
 * is thin or long. `draft` may be the form's values as typed (blank numbers are null).
 */
export function completenessFindings(draft: unknown): Finding[] {
  return [
    ...metaFindings(draft),
    ...(PARTS as readonly PartDef[]).flatMap((part) => [
      ...proseFindings(draft, part),
      ...tableFindings(draft, part),
      ...feeFindings(draft, part),
    ]),
    ...thinProseFindings(draft),
    ...overviewLengthFindings(draft),
  ];
}
