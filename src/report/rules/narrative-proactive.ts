import type { Finding } from '../findings';
import { PROACTIVE_BLOCKS } from '../layout/proactive-blocks';
import type { Draft } from '../schema';

/**
 * P1 for table 二: a figure the prose of 一 states (`全年新增公开市政府规章 1 件`,
 * `未制发规范性文件`, `现行有效规范性文件为0件`, `作出行政许可决定 447228 件`) that the table
 * prints otherwise. Only statements with a verb that says which column they mean are read.
 */

/** Which column of 规章/行政规范性文件 a verb speaks of. */
const COLUMN_VERBS: readonly { readonly column: string; readonly verbs: string }[] = [
  { column: 'issued', verbs: '新制发|制发|印发|出台|制定|新增|发布' },
  { column: 'repealed', verbs: '废止|废除|宣布失效' },
  { column: 'inForce', verbs: '现行有效' },
];
/** Verbs that make a count of 行政许可/处罚/强制 a count of decisions (not of 事项). */
const DECISION_VERBS = '作出|办理|办结|实施|处理';
const UNIT = '(?:件|部|个|项|宗|起)';

export interface ProseFigure {
  /** Draft path of the table-二 cell the prose speaks of. */
  readonly path: string;
  readonly value: number;
  /** The words that state it, for the message. */
  readonly excerpt: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function alternatives(labels: readonly string[]): string {
  return [...labels]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

const toNumber = (s: string) => Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));

/** Every table-二 figure `text` states, in order. */
export function proseFigures(text: string): ProseFigure[] {
  const out: ProseFigure[] = [];
  for (const block of PROACTIVE_BLOCKS) {
    for (const row of block.rows) {
      const labels = alternatives([row.label, ...('aliases' in row ? row.aliases : [])]);
      if (block.columns.length > 1) {
        for (const { column, verbs } of COLUMN_VERBS) {
          const re = new RegExp(
            `(未|没有)?(?:${verbs})[^。；，,0-9０-９]{0,8}?(?:${labels})(?:[^。；，,0-9０-９]{0,6}?([0-9０-９]+)\\s*${UNIT})?`,
            'g',
          );
          for (const m of text.matchAll(re)) {
            const value = m[2] !== undefined ? toNumber(m[2]) : m[1] ? 0 : undefined;
            if (value !== undefined)
              out.push({ path: `proactive.${row.key}.${column}`, value, excerpt: m[0] });
          }
        }
        continue;
      }
      const re = new RegExp(
        `(?:${DECISION_VERBS})[^。；，,0-9０-９]{0,8}?(?:${labels})[^。；，,0-9０-９]{0,6}?([0-9０-９]+)\\s*${UNIT}`,
        'g',
      );
      for (const m of text.matchAll(re)) {
        if (m[1] !== undefined)
          out.push({ path: `proactive.${row.key}`, value: toNumber(m[1]), excerpt: m[0] });
      }
    }
  }
  return out;
}

function cellValue(draft: Draft, path: string): number | null | undefined {
  let v: unknown = draft;
  for (const k of path.split('.'))
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'number' || v === null ? v : undefined;
}

function describe(path: string): string {
  const [, rowKey, columnKey] = path.split('.');
  for (const block of PROACTIVE_BLOCKS) {
    const row = block.rows.find((r) => r.key === rowKey);
    if (!row) continue;
    const column = block.columns.find((c) => 'key' in c && c.key === columnKey) ?? block.columns[0];
    return `“${row.label}”的“${column?.label ?? ''}”`;
  }
  return path;
}

/** P1 (warnings): the prose of 一 (any of its topics) states a table-二 figure that the table prints otherwise. */
export function proactiveNarrativeFindings(draft: Draft): Finding[] {
  const out: Finding[] = [];
  const texts = Object.values(draft.overview).filter((t): t is string => typeof t === 'string');
  for (const text of texts) {
    for (const f of proseFigures(text)) {
      const printed = cellValue(draft, f.path);
      if (printed === null || printed === undefined || printed === f.value) continue;
      out.push({
        rule: 'P1',
        severity: 'warning',
        path: f.path,
        message: `第二部分表格中${describe(f.path)}为 ${printed}，但文字说明写的是 ${f.value}（“${f.excerpt.trim()}”），请核对。`,
      });
    }
  }
  return out;
}
