import { importReportFile } from '../import/import-file';
import { serializeDraft } from '../report/restore';
import { parseArgs } from './args';
import type { Command } from './io';
import { UsageError } from './io';
import { importSummary } from './import-summary';
import { readBytes } from './read-bytes';
import { writeOutput } from './write-output';

const IMPORT_SYNTAX = 'import 文件 [-o 草稿.json] [--json]';
export const IMPORT_USAGE = `${IMPORT_SYNTAX}   导入已发布的年度报告（.txt/.html/.docx/.pdf），生成草稿`;

/** `import FILE [-o DRAFT.json] [--json]`: exit 0 when a draft was produced, 1 when not a report. */
export const importCommand: Command = async (args, io) => {
  const parsed = parseArgs(args, { flags: ['--json'], valued: ['-o'] });
  const [file, ...extra] = parsed.positional;
  if (!file || extra.length > 0) throw new UsageError(`用法：${IMPORT_SYNTAX}`);
  const json = parsed.flags.has('--json');
  const read = await readBytes(io, file);
  const result = read.ok
    ? await importReportFile(read.bytes, file)
    : { ok: false as const, message: read.message };
  if (!result.ok) {
    if (json) io.out(`${JSON.stringify({ ok: false, message: result.message }, null, 2)}\n`);
    else io.err(`${file}：${result.message}\n`);
    return 1;
  }
  const output = parsed.options.get('-o');
  if (output !== undefined) {
    const failed = await writeOutput(io, output, serializeDraft(result.draft));
    if (failed) {
      io.err(`${failed}\n`);
      return 1;
    }
  }
  if (json) {
    const { draft, layout, unmapped, mismatches, blanks, ambiguous, notices } = result;
    io.out(
      `${JSON.stringify({ draft, layout, unmapped, mismatches, blanks, ambiguous, notices }, null, 2)}\n`,
    );
  } else {
    io.out(importSummary(file, result));
    if (output !== undefined) io.out(`草稿已保存到 ${output}。\n`);
  }
  return 0;
};
