/**
 * Fails the build when its output would not run in Chromium 80: syntax above ES2020 (es-check),
 * or a newer runtime feature that no file of src/polyfills/ supplies. Prints the polyfills' cost.
 * Run after `vite build` and `vite build --mode singlefile`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { featuresUsed, TARGET_CHROMIUM } from './browser-features';

/** The contents of every inline `<script type="module">` of an HTML page. */
export function inlineModuleScripts(html: string): string[] {
  return [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .filter((code) => code.trim() !== '');
}

/** es-check: exit status 0 when every file parses as ES2020 (what Chromium 80 parses). */
function syntaxProblems(files: string[]): string | undefined {
  try {
    execFileSync('npx', ['es-check', 'es2020', '--module', '--noCache', '--noColor', ...files], {
      stdio: 'pipe',
    });
    return undefined;
  } catch (e) {
    const out = e as { stdout?: Buffer; stderr?: Buffer };
    return `${out.stdout?.toString() ?? ''}${out.stderr?.toString() ?? ''}`.trim();
  }
}

function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'browser-target-'));
  try {
    const files = readdirSync('dist/assets')
      .filter((f) => f.endsWith('.js'))
      .map((f) => join('dist/assets', f));
    inlineModuleScripts(readFileSync('dist-single/index.html', 'utf8')).forEach((code, i) => {
      const file = join(scratch, `dist-single-${i}.js`);
      writeFileSync(file, code);
      files.push(file);
    });
    const problems: string[] = [];
    const syntax = syntaxProblems(files);
    if (syntax) problems.push(`语法高于 ES2020（Chromium ${TARGET_CHROMIUM} 无法解析）：\n${syntax}`);
    const used = new Map<string, string>();
    for (const file of files) {
      for (const f of featuresUsed(readFileSync(file, 'utf8'))) {
        if (!f.polyfill || !existsSync(join('src/polyfills', f.polyfill)))
          problems.push(`${file} 用到 ${f.name}（Chromium ${f.chromium} 起），src/polyfills/ 里没有它`);
        else used.set(f.name, f.polyfill);
      }
    }
    if (problems.length > 0) {
      process.stderr.write(`✗ 浏览器目标 Chromium ${TARGET_CHROMIUM}：\n${problems.join('\n')}\n`);
      process.exitCode = 1;
      return;
    }
    const list = [...used].map(([name, file]) => `${name}（${file}）`).join('、');
    process.stdout.write(`✓ 浏览器目标 Chromium ${TARGET_CHROMIUM}：语法 ES2020；补齐 ${list || '无'}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('check-browser-target.ts')) main();
