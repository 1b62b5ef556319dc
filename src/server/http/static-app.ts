import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './server-env';

/** The tag that tells the built app it is served by this server (the static app has none). */
export const SERVER_MARKER = '<meta name="report-server" content="1" />';

/** Serves the built app (dist/): index.html with the server marker, the rest as files. */
export function serveBuiltApp(app: Hono<AppEnv>, distDir: string): void {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`没有找到构建好的应用：${indexPath}（先运行 npm run build）`);
  const index = readFileSync(indexPath, 'utf8').replace('<head>', `<head>\n    ${SERVER_MARKER}`);
  const sendIndex = () =>
    new Response(index, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
    });
  app.get('/', sendIndex);
  app.get('/index.html', sendIndex);
  app.use('/*', serveStatic({ root: distDir }));
}
