import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { REPORT_CSS } from '../../export/report-css';
import type { AppEnv } from './server-env';

/** The tag that tells the built app it is served by this server (the static app has none). */
export const SERVER_MARKER = '<meta name="report-server" content="1" />';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The hashes of index.html's own inline script (the 浏览器版本过旧 check, which must run before
 * any module) and style attributes, so the CSP allows exactly those and no other inline code.
 */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    sha256(m[1] ?? ''),
  );
  const styles = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => sha256(m[1] ?? ''));
  // The report view's one <style> element (the official report's stylesheet, as the HTML export
  // has it): allowed by its hash, like the rest.
  return { scripts, styles: [...styles, sha256(REPORT_CSS)] };
}

/**
 * Serves the built app (dist/): index.html with the server marker, the rest as files. Returns
 * the CSP additions index.html needs (see inlineHashes).
 */
export function serveBuiltApp(app: Hono<AppEnv>, distDir: string): { scripts: string[]; styles: string[] } {
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
  return inlineHashes(index);
}
