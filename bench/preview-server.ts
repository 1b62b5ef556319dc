import { spawn } from 'node:child_process';

async function waitForServer(url: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

/**
 * Serves the built app with `vite preview` on 127.0.0.1 (stdin stays open: vite preview quits
 * when it reads end-of-file there) and waits until it answers.
 */
export async function startPreview(
  port: number,
  outDir = 'dist',
): Promise<{ base: string; stop: () => void }> {
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: ['pipe', 'ignore', 'ignore'], detached: true },
  );
  const base = `http://127.0.0.1:${port}/`;
  const stop = () => {
    if (!server.pid) return;
    try {
      process.kill(-server.pid);
    } catch {
      // Already gone (its group ended with it): nothing to stop.
    }
  };
  try {
    await waitForServer(base);
  } catch (e) {
    stop();
    throw e;
  }
  return { base, stop };
}
