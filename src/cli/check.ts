import type { Finding } from '../report/findings';
import type { Draft } from '../report/schema';
import { parseArgs } from './args';
import type { Command } from './io';
import { UsageError } from './io';
import { readDraftFile } from './read-draft';

export interface FileReport {
  readonly file: string;
  readonly ok: boolean;
  readonly errors: readonly Finding[];
  readonly warnings: readonly Finding[];
}

const CHECK_SYNTAX = 'check [--json] [--previous 上年草稿.json] 文件...';
export const CHECK_USAGE = `${CHECK_SYNTAX}   检查草稿文件或已发布的报告（.txt/.html/.docx/.pdf）`;

const SEVERITY = { error: '错误', warning: '警告' } as const;

function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    const head = r.ok ? '✓' : '✗';
    const counts = `${r.errors.length} 个错误，${r.warnings.length} 个警告`;
    lines.push(`${head} ${r.file}：${counts}`);
    for (const f of [...r.errors, ...r.warnings]) {
      lines.push(`  ${SEVERITY[f.severity]} ${f.rule}${f.path ? ` ${f.path}` : ''}：${f.message}`);
    }
  }
  const bad = reports.filter((r) => !r.ok).length;
  lines.push(
    bad === 0
      ? `共检查 ${reports.length} 个文件，全部通过。`
      : `共检查 ${reports.length} 个文件，${bad} 个有错误。`,
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
    const { findings } = await readDraftFile(io, file, previous ? { previous } : {});
    const errors = findings.filter((f) => f.severity === 'error');
    const warnings = findings.filter((f) => f.severity === 'warning');
    reports.push({ file, ok: errors.length === 0, errors, warnings });
  }
  io.out(
    parsed.flags.has('--json') ? `${JSON.stringify({ files: reports }, null, 2)}\n` : formatText(reports),
  );
  return reports.every((r) => r.ok) ? 0 : 1;
};
