import { sumCsv, sumLines } from '../batch/sum-csv';
import { selectForSum } from '../batch/select-for-sum';
import type { SumCandidate } from '../batch/select-for-sum';
import { sumDrafts } from '../batch/sum-drafts';
import { hasErrors } from '../report/findings';
import type { Draft } from '../report/schema';
import { parseArgs } from './args';
import type { Command } from './io';
import { UsageError } from './io';
import { readDraftFile } from './read-draft';
import { reportingYear } from '../report/reporting-year';

export const SUM_USAGE = 'sum [--csv] 文件...   汇总多个报告的三张表（只计没有错误的文件）';

/** `sum [--csv] FILE...`: county totals over every file without errors. */
export const sumCommand: Command = async (args, io) => {
  const parsed = parseArgs(args, { flags: ['--csv'] });
  if (parsed.positional.length === 0) throw new UsageError('用法：sum [--csv] 文件...');
  const clean: SumCandidate[] = [];
  const left: string[] = [];
  for (const file of parsed.positional) {
    const { draft, findings } = await readDraftFile(io, file);
    if (!draft) {
      left.push(`${file}（${findings[0]?.message ?? '无法读取'}）`);
      continue;
    }
    if (hasErrors(findings)) {
      left.push(`${file}（有 ${findings.filter((f) => f.severity === 'error').length} 个错误）`);
      continue;
    }
    clean.push({ file, draft });
  }
  // One year, one report per unit: what else was given is left out, with the reason.
  const selection = selectForSum(clean);
  const included: Draft[] = selection.included.map((c) => c.draft);
  left.push(...selection.left.map((l) => `${l.file}（${l.reason}）`));
  const year = selection.year ?? reportingYear();
  const total = sumDrafts(included, '汇总', year);
  if (parsed.flags.has('--csv')) {
    io.out(sumCsv(total));
  } else {
    let header = '';
    for (const line of sumLines(total)) {
      const h = ['项目', ...line.columns].join('\t');
      if (h !== header) io.out(`${(header = h)}\n`);
      io.out(`${[line.label, ...line.values].join('\t')}\n`);
    }
  }
  io.err(
    `已汇总 ${included.length} 个文件（${year} 年）。${left.length > 0 ? `未计入 ${left.length} 个：${left.join('；')}` : ''}\n`,
  );
  return included.length > 0 ? 0 : 1;
};
