import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { AccountError, userCount } from './accounts/accounts';
import { RateLimiter } from './auth/rate-limit';
import { createSetupToken } from './auth/setup-token';
import { ADMIN_USAGE, runAdminCommand } from './cli/admin-commands';
import { DEMO_REGION, demoSignInLines, ensureDemoAdmin, randomPassword, seedDemo } from './cli/demo';
import { readConfig } from './config';
import { openDatabase } from './db/open-database';
import { createApp } from './http/create-app';

/** The built app: dist/ beside the sources, or DIST_DIR. */
const DIST = process.env.DIST_DIR
  ? `${process.env.DIST_DIR.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../dist/', import.meta.url));

async function main(args: readonly string[]): Promise<number> {
  const config = readConfig();
  const log = (line: string) => console.log(line);
  if (args[0] === 'help' || args[0] === '--help') {
    console.log(`用法：npm run server [-- --demo]\n      npm run server -- migrate\n${ADMIN_USAGE}`);
    return 0;
  }
  const db = await openDatabase(config, log);
  if (args[0] === 'migrate') {
    await db.close();
    return 0;
  }
  if (args[0] === 'admin') {
    try {
      console.log(await runAdminCommand(db, args.slice(1), process.env, new Date()));
      return 0;
    } catch (e) {
      if (!(e instanceof AccountError)) throw e;
      console.error(e.message);
      return 1;
    } finally {
      await db.close();
    }
  }
  const origin =
    config.publicOrigin ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  if (args.includes('--demo')) {
    const password = process.env.DEMO_PASSWORD || randomPassword();
    if (await seedDemo(db, password, new Date())) {
      log(
        `已创建演示数据：${DEMO_REGION}，用户 admin（管理员）、supervisor（审核人）和 clerk1、clerk2、clerk3（填报人）`,
      );
      log(process.env.DEMO_PASSWORD ? '密码：DEMO_PASSWORD 中的密码' : `密码：${password}`);
    } else if (await ensureDemoAdmin(db, password, new Date())) {
      log(
        `演示数据已存在（${DEMO_REGION}）；已补建管理员 admin，密码：${process.env.DEMO_PASSWORD ? 'DEMO_PASSWORD 中的密码' : password}`,
      );
      log('其他演示账号的密码是第一次创建时的密码');
    } else {
      log(`演示数据已存在（${DEMO_REGION}）；密码是第一次创建时的密码`);
    }
    for (const line of demoSignInLines(origin)) log(line);
  } else if ((await userCount(db)) === 0) {
    const token = await createSetupToken(db, new Date());
    log(`还没有任何账号。请在一小时内打开下面的链接，创建第一个管理员：\n  ${origin}/#/setup/${token}`);
  }
  if (!existsSync(`${DIST}index.html`)) {
    console.error('没有找到构建好的应用（dist/）。请先运行 npm run build。');
    return 1;
  }
  const app = createApp(
    {
      db,
      now: () => new Date(),
      loginLimiter: new RateLimiter(),
      secureCookies: config.secureCookies,
      allowedOrigins: config.publicOrigin ? [config.publicOrigin] : [],
      trustProxy: config.trustProxy,
      requestLog: (line) => console.log(line),
    },
    DIST,
  );
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
    log(`服务器已启动：${origin}/`),
  );
  // SIGTERM (systemd stop, a deploy): stop accepting, let the requests in flight finish (a
  // save gets its answer), then close the database and exit 0; forced after 20 s.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    log('正在停止：不再接受新请求，等待进行中的请求完成…');
    setTimeout(() => {
      console.error('进行中的请求 20 秒内没有完成，强制退出。');
      process.exit(1);
    }, 20_000).unref();
    server.close(() => {
      void db.close().then(() => {
        log('服务器已停止。');
        process.exit(0);
      });
    });
    // Idle keep-alive connections would hold close() open; busy ones end after their answer.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
