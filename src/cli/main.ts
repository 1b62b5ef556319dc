import { CHECK_USAGE, checkCommand } from './check';
import { exportCommand } from './export';
import { IMPORT_USAGE, importCommand } from './import';
import { SUM_USAGE, sumCommand } from './sum';
import type { CliIo, Command } from './io';
import { UsageError, nodeIo } from './io';
import { providePdfAssets } from '../import/pdf-assets';
import { nodePdfAssets } from './pdf-assets-node';

/** Every command of `npm run -s cli -- <command>`. */
const COMMANDS: Record<string, { run: Command; usage: string }> = {
  check: { run: checkCommand, usage: CHECK_USAGE },
  export: {
    run: exportCommand,
    usage:
      'export 草稿.json --format html|docx|txt [-o 输出文件] [--draft]   导出报告（--draft：带“草稿”标记）',
  },
  import: { run: importCommand, usage: IMPORT_USAGE },
  sum: { run: sumCommand, usage: SUM_USAGE },
};

function help(): string {
  return `用法：npm run -s cli -- <命令> [参数]\n\n${Object.values(COMMANDS)
    .map((c) => `  ${c.usage}`)
    .join('\n')}\n`;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  providePdfAssets(nodePdfAssets());
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`不认识的命令：${name}\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

const isEntry =
  process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  // `sum … | head -1`: the reader closed the pipe; stop quietly, as other command-line tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
  main(process.argv.slice(2), nodeIo).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`内部错误：${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
