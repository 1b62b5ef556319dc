import { EXPORT_FORMATS, exportReport } from '../export/export-report';
import type { ExportFormat } from '../export/export-report';
import type { Finding } from '../report/findings';
import { parseArgs } from './args';
import { writeOutput } from './write-output';
import type { Command } from './io';
import { UsageError } from './io';
import { readDraftFile } from './read-draft';

const USAGE = '用法：export 草稿.json --format html|docx|txt [-o 输出文件] [--draft]';

const isFormat = (v: string | undefined): v is ExportFormat => EXPORT_FORMATS.some((f) => f === v);

const findingLine = (f: Finding) =>
  `  ${f.severity === 'error' ? '错误' : '警告'} ${f.rule}${f.path ? ` ${f.path}` : ''}：${f.message}\n`;

/** `export DRAFT.json --format html|docx|txt [-o OUT] [--draft]` */
export const exportCommand: Command = async (args, io) => {
  const parsed = parseArgs(args, { flags: ['--draft'], valued: ['--format', '-o', '--output'] });
  const format = parsed.options.get('--format');
  if (parsed.positional.length !== 1 || !isFormat(format)) throw new UsageError(USAGE);
  const [file = ''] = parsed.positional;
  const read = await readDraftFile(io, file);
  if (!read.draft) {
    io.err(`无法读取 ${file}：\n${read.findings.map(findingLine).join('')}`);
    return 1;
  }
  const draftCopy = parsed.flags.has('--draft');
  const result = await exportReport(read.draft, format, { draftCopy });
  if (!result.ok) {
    io.err(
      `✗ ${file} 有 ${result.findings.length} 个错误，不能导出正式报告：\n${result.findings.map(findingLine).join('')}` +
        `改正后再导出；如只需审阅用的草稿，加 --draft 导出带“草稿”标记的文件。\n`,
    );
    return 1;
  }
  const out = parsed.options.get('-o') ?? parsed.options.get('--output') ?? result.fileName;
  const failed = await writeOutput(io, out, result.data);
  if (failed) {
    io.err(`${failed}\n`);
    return 1;
  }
  io.out(`✓ 已导出${draftCopy ? '草稿' : ''}：${out}\n`);
  return 0;
};
