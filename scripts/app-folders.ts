import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** The folder a file of `src/app` belongs to; the files right in `src/app` are the shell, `App`. */
export const SHELL = 'App';

/** Which folder imports which (folder → folder → the imports that tie them, `file -> target`). */
export type FolderImports = Map<string, Map<string, string[]>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function folderOf(appDir: string, path: string): string | undefined {
  const rel = relative(appDir, path);
  if (rel.startsWith('..')) return undefined;
  const parts = rel.split(sep);
  return parts.length > 1 ? parts[0] : SHELL;
}

/**
 * Every import between two folders of `appDir` (static, dynamic and re-exports, tests included),
 * read with the TypeScript compiler's own pre-processor.
 */
export function folderImports(appDir: string): FolderImports {
  const root = resolve(appDir);
  const imports: FolderImports = new Map();
  for (const file of sourceFiles(root)) {
    const from = folderOf(root, file);
    if (!from) continue;
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = folderOf(root, resolve(dirname(file), fileName));
      if (!to || to === from) continue;
      const targets = imports.get(from) ?? new Map<string, string[]>();
      imports.set(from, targets);
      targets.set(to, [...(targets.get(to) ?? []), `${relative(root, file)} -> ${fileName}`]);
    }
  }
  return imports;
}

/** The folders that import each other in a loop, each loop sorted, none when the graph is a tree of layers. */
export function folderCycles(edges: ReadonlyMap<string, Iterable<string>>): string[][] {
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/** A folder graph's edges without the reasons. */
export function folderEdges(imports: FolderImports): Map<string, string[]> {
  return new Map([...imports].map(([from, targets]) => [from, [...targets.keys()]]));
}
