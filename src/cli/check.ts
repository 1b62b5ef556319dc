import type { Finding, Verdict } from '../report/findings';
import { findingKind, verdictOf, verdictText } from '../report/findings';
import type { Draft } from '../report/schema';
import { parseArgs } from './args';
import type { Command } from './io';
import { UsageError } from './io';
import { readDraftFile } from './read-draft';

export interface FileReport {
  readonly file: string;
  /** No error of the report's own (a file with reading gaps is ok). */
  readonly ok: boolean;
  /** 通过, 通过（N 处未能读取）, N 个错误, 无法读取. */
  readonly outcome: Verdict['outcome'] | 'unreadable';
  /** The report's own errors and warnings. */
  readonly errors: readonly Finding[];
  readonly warnings: readonly Finding[];
  /** What the tool could not read (a published report), each with the text there. */
  readonly gaps: readonly Finding[];
  /** What the published report need not state. */
  readonly notNeeded: readonly Finding[];
}

/**
 * The exit codes of `check` (README): 0 every file passed and was fully read; 3 no file has an
 * error of its own but some could not be fully read (通过（N 处未能读取）); 1 some file has errors
 * of its own; 4 some file could not be read at all (and none has errors); 2 wrong usage.
 */
export const CHECK_EXIT = { pass: 0, errors: 1, usage: 2, passWithGaps: 3, unreadable: 4 } as const;

function exitCode(reports: readonly FileReport[]): number {
  const has = (o: FileReport['outcome']) => reports.some((r) => r.outcome === o);
  if (has('errors')) return CHECK_EXIT.errors;
  if (has('unreadable')) return CHECK_EXIT.unreadable;
  if (has('pass-with-gaps')) return CHECK_EXIT.passWithGaps;
  return CHECK_EXIT.pass;
}

function fileReport(file: string, findings: readonly Finding[], readable: boolean): FileReport {
  const own = findings.filter((f) => findingKind(f) === 'report');
  const verdict = verdictOf(findings);
  return {
    file,
    ok: verdict.outcome !== 'errors' && readable,
    outcome: readable ? verdict.outcome : 'unreadable',
    errors: own.filter((f) => f.severity === 'error'),
    warnings: own.filter((f) => f.severity === 'warning'),
    gaps: findings.filter((f) => findingKind(f) === 'gap'),
    notNeeded: findings.filter((f) => findingKind(f) === 'not-needed'),
  };
}

const CHECK_SYNTAX = 'check [--json] [--previous 上年草稿.json] 文件...';
export const CHECK_USAGE = `${CHECK_SYNTAX}   检查草稿文件或已发布的报告（.txt/.html/.docx/.pdf）`;

const SEVERITY = { error: '错误', warning: '警告' } as const;

const line = (label: string, f: Finding) => `  ${label} ${f.rule}${f.path ? ` ${f.path}` : ''}：${f.message}`;

function outcomeText(r: FileReport): string {
  if (r.outcome === 'unreadable') return '无法读取';
  if (r.outcome === 'errors') return `${r.errors.length} 个错误`;
  return verdictText(
    r.outcome === 'pass' ? { outcome: 'pass', gaps: 0 } : { outcome: r.outcome, gaps: r.gaps.length },
  );
}

function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    const head = r.ok ? '✓' : '✗';
    const gaps = r.outcome === 'errors' && r.gaps.length > 0 ? `，${r.gaps.length} 处未能读取` : '';
    lines.push(`${head} ${r.file}：${outcomeText(r)}${gaps}，${r.warnings.length} 个警告`);
    for (const f of r.errors) lines.push(line(SEVERITY.error, f));
    for (const f of r.warnings) lines.push(line(SEVERITY.warning, f));
    for (const f of [...r.gaps, ...r.notNeeded]) lines.push(`  · ${f.message}`);
  }
  const count = (o: FileReport['outcome']) => reports.filter((r) => r.outcome === o).length;
  const parts = [
    `${count('pass')} 个通过`,
    count('pass-with-gaps') > 0 ? `${count('pass-with-gaps')} 个通过但有未能读取之处` : '',
    count('errors') > 0 ? `${count('errors')} 个有错误` : '',
    count('unreadable') > 0 ? `${count('unreadable')} 个无法读取` : '',
  ].filter((p) => p !== '');
  lines.push(
    count('pass') === reports.length
      ? `共检查 ${reports.length} 个文件，全部通过。`
      : `共检查 ${reports.length} 个文件：${parts.join('，')}。`,
  );
  return `${lines.join('\n')}\n`;
}

/** `check [--json] [--previous LAST_YEAR.json] FILE...` */
export const checkCommand: Command = async (args, io) => {
  const parsed = parseArgs(args, { flags: ['--json'], valued: ['--previous'] });
  if (parsed.positional.length === 0) throw new UsageError(`用法：${CHECK_SYNTAX}`);
  let previous: Draft | undefined;
  const previousPath = parsed.options.get('--previous');
  if (previousPath !== undefined) {
    const read = await readDraftFile(io, previousPath);
    if (!read.draft) {
      throw new UsageError(
        `无法读取上年报告 ${previousPath}：${read.findings.map((f) => f.message).join(' ')}`,
      );
    }
    previous = read.draft;
  }
  const reports: FileReport[] = [];
  for (const file of parsed.positional) {
    const read = await readDraftFile(io, file, previous ? { previous } : {});
    // A draft file the schema refuses for a value (R5) is checked, not unreadable.
    const readable =
      read.source.kind !== 'unreadable' ||
      read.findings.some((f) => f.severity === 'error' && f.rule !== 'S');
    reports.push(fileReport(file, read.findings, readable));
  }
  io.out(
    parsed.flags.has('--json') ? `${JSON.stringify({ files: reports }, null, 2)}\n` : formatText(reports),
  );
  return exitCode(reports);
};
