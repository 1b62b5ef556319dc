import { UsageError } from './io';

export interface ParsedArgs {
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
  readonly positional: readonly string[];
}

/**
 * Splits `--flag`, `--option value` (or `-o value`) and positional arguments.
 * `valued` names the options that take a value; anything else starting with `-` must be a known flag.
 */
export function parseArgs(
  args: readonly string[],
  spec: { readonly flags?: readonly string[]; readonly valued?: readonly string[] },
): ParsedArgs {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a.startsWith('-') && a !== '-') {
      if (spec.valued?.includes(a)) {
        const value = args[i + 1];
        if (value === undefined) throw new UsageError(`选项 ${a} 后面需要一个值。`);
        options.set(a, value);
        i++;
      } else if (spec.flags?.includes(a)) {
        flags.add(a);
      } else {
        throw new UsageError(`不认识的选项：${a}`);
      }
    } else {
      positional.push(a);
    }
  }
  return { flags, options, positional };
}
