import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import declared from '../src/app/folders.json';
import { folderCycles, folderEdges, folderImports, SHELL } from './app-folders';

const APP = 'src/app';
const DECLARED: Record<string, readonly string[]> = declared;

/** A throwaway src/app of the given files (path → source). */
function appOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'app-folders-'));
  made.push(dir);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the folders of src/app', () => {
  it('import each other in no cycle', () => {
    const imports = folderImports(APP);
    const cycles = folderCycles(folderEdges(imports));
    const ties = cycles.map((cycle) =>
      cycle.flatMap((from) => cycle.flatMap((to) => imports.get(from)?.get(to) ?? [])),
    );
    expect(ties).toEqual([]);
  });

  it('are each declared in folders.json, whose layers have no cycle', () => {
    const folders = readdirSync(APP).filter((name) => statSync(join(APP, name)).isDirectory());
    expect(Object.keys(DECLARED).sort()).toEqual([SHELL, ...folders].sort());
    expect(folderCycles(new Map(Object.entries(DECLARED)))).toEqual([]);
  });

  it('import only what folders.json allows them, dynamic imports included', () => {
    const outside = [...folderImports(APP)].flatMap(([from, targets]) =>
      [...targets].flatMap(([to, ties]) => (DECLARED[from]?.includes(to) ? [] : ties)),
    );
    expect(outside).toEqual([]);
  });
});

describe('folderCycles over folderImports', () => {
  it('finds a deliberate cycle between two folders, and not the folder that only imports them', () => {
    const app = appOf({
      'start/list.ts': "import { when } from '../review/when';\nexport const list = when;",
      'review/when.ts': "export { list } from '../start/list';\nexport const when = 1;",
      'wizard/page.tsx': "import { list } from '../start/list';\nexport const page = list;",
      'App.tsx': "import { page } from './wizard/page';\nexport const app = page;",
    });
    expect(folderCycles(folderEdges(folderImports(app)))).toEqual([['review', 'start']]);
  });

  it('finds a cycle of three folders closed by a dynamic import in a sub-folder', () => {
    const app = appOf({
      'a/one.ts': "import { two } from '../b/two';\nexport const one = two;",
      'b/two.ts': "import { three } from '../c/three';\nexport const two = three;",
      'c/deep/three.ts': "export const three = () => import('../../a/one');",
    });
    expect(folderCycles(folderEdges(folderImports(app)))).toEqual([['a', 'b', 'c']]);
  });

  it('finds none when the folders stand in layers, and ignores imports from outside src/app', () => {
    const app = appOf({
      'a/one.ts':
        "import { two } from '../b/two';\nimport { x } from '../../import/x';\nexport const one = [two, x];",
      'b/two.ts': "import { y } from '../../storage/y';\nexport const two = y;",
    });
    expect(folderCycles(folderEdges(folderImports(app)))).toEqual([]);
  });
});
