import { readFile, writeFile } from 'node:fs/promises';

/** What a command may touch: output streams and files. Tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly writeFile: (path: string, data: Uint8Array | string) => Promise<void>;
}

export const nodeIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: (p) => readFile(p),
  writeFile: (p, d) => writeFile(p, d),
};

/** A command takes its arguments and returns the exit status. */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/** Thrown for wrong arguments; main prints the message and exits 2. */
export class UsageError extends Error {}
