/**
 * Old Chromium builds for the end-to-end walk: the npm packages chrome-aws-lambda@2.1.1
 * (Chromium 80) and @5.3.1 (Chromium 86), installed under aliases, ship the browser as brotli
 * files. They are unpacked once into node_modules/.cache/old-chromium/ (never committed) and
 * started headless with the flags the serverless builds need.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

export const OLD_CHROMIUM_PACKAGES = {
  80: 'chrome-aws-lambda-80',
  86: 'chrome-aws-lambda-86',
} as const;

export type OldChromiumVersion = keyof typeof OLD_CHROMIUM_PACKAGES;

export type OldChromium = { executablePath: string; args: string[]; env: Record<string, string> };

const require = createRequire(import.meta.url);

/** Unpacks the package's browser (once) and says how to start it. */
export function oldChromium(version: OldChromiumVersion): OldChromium {
  const pkg = OLD_CHROMIUM_PACKAGES[version];
  const pkgDir = dirname(require.resolve(`${pkg}/package.json`));
  const { version: pkgVersion } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const dir = join(pkgDir, '..', '.cache', 'old-chromium', `${pkg}-${pkgVersion}`);
  const executablePath = join(dir, 'chromium');
  if (!existsSync(executablePath)) unpack(join(pkgDir, 'bin'), dir);
  return {
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--single-process',
      '--no-zygote',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    env: { ...(process.env as Record<string, string>), LD_LIBRARY_PATH: join(dir, 'lib') },
  };
}

/** chromium.br → chromium; aws.tar.br (lib/, fonts) and swiftshader.tar.br → untarred beside it. */
function unpack(bin: string, dir: string) {
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  for (const tar of ['aws.tar.br', 'swiftshader.tar.br']) {
    execFileSync('tar', ['-x', '-C', partial], { input: brotliDecompressSync(readFileSync(join(bin, tar))) });
  }
  writeFileSync(join(partial, 'chromium'), brotliDecompressSync(readFileSync(join(bin, 'chromium.br'))), {
    mode: 0o755,
  });
  // Whole or not at all: a second process unpacking at the same time keeps whichever lands first.
  try {
    renameSync(partial, dir);
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
}
