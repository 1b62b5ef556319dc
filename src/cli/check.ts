import { approvalFindings } from '../report/approval';
import type { Finding } from '../report/findings';
import { checkDraft } from '../report/rules/check-draft';
import { printedTotalFindings } from '../report/rules/printed-totals';
import { computeDerived } from '../report/totals';
import type { Draft } from '../report/schema';
import { parseArgs } from './args';
import type { Command } from './io';
import { UsageError } from './io';
import { readDraftFile } from './read-draft';
import type { ReadResult } from './read-draft';

export interface FileReport {
  readonly file: string;
  readonly ok: boolean;
  readonly errors: readonly Finding[];
  readonly warnings: readonly Finding[];
}

const CHECK_SYNTAX = 'check [--json] [--previous 上年草稿.json] 文件...';
export const CHECK_USAGE = `${CHECK_SYNTAX}   检查草稿文件或已发布的报告（.txt/.html/.docx）`;

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

/** Every rule over a draft; a published report adds R1/R2/R4 for its printed totals. */
export function checkRead(read: Extract<ReadResult, { ok: true }>, previous: Draft | undefined): Finding[] {
  const derived = computeDerived(read.draft);
  const rules = [
    ...printedTotalFindings(read.printed ?? [], derived),
    ...checkDraft(read.draft, previous ? { previous, derived } : { derived }),
  ];
  // 审核通过后内容已被修改, an approval without digest, approved with errors, no history entry.
  return [...rules, ...approvalFindings(read.draft, rules), ...(read.importFindings ?? [])];
}

/** `check [--json] [--previous LAST_YEAR.json] FILE...` */
export const checkCommand: Command = async (args, io) => {
  const parsed = parseArgs(args, { flags: ['--json'], valued: ['--previous'] });
  if (parsed.positional.length === 0) throw new UsageError(`用法：${CHECK_SYNTAX}`);
  let previous: Draft | undefined;
  const previousPath = parsed.options.get('--previous');
  if (previousPath !== undefined) {
    const read = await readDraftFile(io, previousPath);
    if (!read.ok) {
      throw new UsageError(
        `无法读取上年报告 ${previousPath}：${read.findings.map((f) => f.message).join(' ')}`,
      );
    }
    previous = read.draft;
  }
  const reports: FileReport[] = [];
  for (const file of parsed.positional) {
    const read = await readDraftFile(io, file);
    const findings = read.ok ? checkRead(read, previous) : read.findings;
    const errors = findings.filter((f) => f.severity === 'error');
    const warnings = findings.filter((f) => f.severity === 'warning');
    reports.push({ file, ok: errors.length === 0, errors, warnings });
  }
  io.out(
    parsed.flags.has('--json') ? `${JSON.stringify({ files: reports }, null, 2)}\n` : formatText(reports),
  );
  return reports.every((r) => r.ok) ? 0 : 1;
};
