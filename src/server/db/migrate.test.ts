import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import type { PgCluster } from '../test/pg-cluster';
import { createTestDatabase, startCluster } from '../test/pg-cluster';
import { migrationFiles } from './migrate';
import { openDatabase } from './open-database';

describe('migrations on PostgreSQL', { timeout: 120_000 }, () => {
  let cluster: PgCluster | undefined;
  beforeAll(async () => {
    cluster = await startCluster();
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 60_000);

  it('four processes starting together on an empty database all come up, the schema made once', async () => {
    if (!cluster) throw new Error('cluster not started');
    // Several rounds: the race (two CREATE TABLEs, two GRANTs at once) does not lose every time.
    for (let round = 0; round < 3; round++) {
      const urls = await createTestDatabase(cluster, `race${round}`);
      const config = readConfig({ DATABASE_URL: urls.appUrl, MIGRATION_DATABASE_URL: urls.ownerUrl });
      const opened = await Promise.allSettled(
        Array.from({ length: 4 }, () => openDatabase(config, () => {})),
      );
      const failures = opened.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []));
      expect(failures).toEqual([]);
      const dbs = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
      const rows = await dbs[0]!.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
      expect(rows.map((r) => r.name)).toEqual(migrationFiles());
      // The application's role got its grants: it can read the units table.
      await expect(dbs[0]!.query('SELECT count(*) FROM units')).resolves.toHaveLength(1);
      await Promise.all(dbs.map((db) => db.close()));
    }
  });
});
