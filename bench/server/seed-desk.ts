import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../src/server/db/database';
import type { Draft } from '../../src/report/schema';
import { setPath } from '../../src/report/paths';
import { storedDocument } from '../../src/server/reports/stored-document';
import { reportFigures } from '../../src/batch/sum-drafts';
import { withSettleStates } from '../../src/report/settlements';

export interface SeededDesk {
  /** A county of `rosterUnits` units with reports in every status, and its supervisor's cookie. */
  readonly rosterRegion: number;
  readonly rosterCookie: string;
  /** A city of counties holding `sumReports` approved reports, and its supervisor's cookie. */
  readonly sumRegion: number;
  readonly sumCookie: string;
}

const STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;

async function region(
  db: Database,
  name: string,
  level: string,
  parentPath = '/',
): Promise<{ id: number; path: string }> {
  const [row] = await db.query<{ id: number }>(
    'INSERT INTO regions (name, level, path) VALUES ($1, $2, $3) RETURNING id',
    [name, level, `/tmp-${randomBytes(6).toString('hex')}/`],
  );
  if (!row) throw new Error('no region');
  const path = `${parentPath}${row.id}/`;
  await db.query('UPDATE regions SET path = $2, parent_id = $3 WHERE id = $1', [
    row.id,
    path,
    parentPath === '/' ? null : Number(parentPath.split('/').at(-2)),
  ]);
  return { id: row.id, path };
}

async function supervisor(
  db: Database,
  login: string,
  regionId: number,
  hash: string,
  now: Date,
): Promise<string> {
  const [user] = await db.query<{ id: number }>(
    `INSERT INTO users (login, display_name, password_hash, role, region_id, created_at)
     VALUES ($1, $1, $2, 'supervisor', $3, $4) RETURNING id`,
    [login, hash, regionId, now],
  );
  const token = randomBytes(32).toString('base64url');
  await db.query(
    'INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)',
    [createHash('sha256').update(token).digest('hex'), user?.id, now],
  );
  return `sid=${token}`;
}

/** Units with a report each, written straight in SQL from one template (the API is not what is measured). */
async function unitsWithReports(
  db: Database,
  regionId: number,
  count: number,
  year: number,
  doc: ReturnType<typeof storedDocument>,
  userId: number,
  now: Date,
  statusOf: string,
): Promise<void> {
  await db.query(
    `INSERT INTO units (region_id, name) SELECT $1::integer, '压测单位' || $1::integer || '-' || g FROM generate_series(1, $2) g`,
    [regionId, count],
  );
  // With the figures and findings every revision keeps (writeRevision writes the same).
  await db.query(
    `INSERT INTO reports (unit_id, year, revision, status, document, sha256, errors, warnings, updated_by, updated_at,
                          figures, findings)
     SELECT u.id, $2, 1, ${statusOf}, $3::jsonb, $4, $5, $6, $7, $8, $9::float8[], $10::jsonb
       FROM units u WHERE u.region_id = $1`,
    [
      regionId,
      year,
      JSON.stringify(doc.draft),
      doc.sha256,
      doc.errors,
      doc.warnings,
      userId,
      now,
      reportFigures(doc.draft),
      JSON.stringify(withSettleStates(doc.draft, doc.findings)),
    ],
  );
}

/**
 * The supervisor's desk at scale: a county of `rosterUnits` units (reports in all four
 * statuses, a fifth without one) and a city whose counties hold `sumReports` approved reports.
 */
export async function seedDesk(
  db: Database,
  draft: Draft,
  year: number,
  rosterUnits: number,
  sumReports: number,
  passwordHash: string,
  now: Date,
): Promise<SeededDesk> {
  const doc = storedDocument(draft);
  const [anyUser] = await db.query<{ id: number }>('SELECT id FROM users ORDER BY id LIMIT 1');
  if (!anyUser) throw new Error('seed users first');
  const county = await region(db, '名单压测县', 'county');
  await unitsWithReports(db, county.id, rosterUnits, year, doc, anyUser.id, now, `'draft'`);
  // Every fifth unit has no report; the rest spread over the four statuses.
  await db.query(
    `DELETE FROM reports WHERE year = $2 AND unit_id IN (SELECT id FROM units WHERE region_id = $1 AND id % 5 = 0)`,
    [county.id, year],
  );
  await db.query(
    `UPDATE reports SET status = (ARRAY[${STATUSES.map((s) => `'${s}'`).join(',')}])[1 + unit_id % 4]
      WHERE year = $2 AND unit_id IN (SELECT id FROM units WHERE region_id = $1)`,
    [county.id, year],
  );
  await db.query(
    `INSERT INTO region_deadlines (region_id, year, deadline, set_by, set_at) VALUES ($1, $2, '2026-01-31', $3, $4)`,
    [county.id, year, anyUser.id, now],
  );
  const city = await region(db, '汇总压测市', 'city');
  const counties = 50;
  for (let i = 0; i < counties; i++) {
    const c = await region(db, `汇总压测县${i + 1}`, 'county', city.path);
    await unitsWithReports(
      db,
      c.id,
      Math.ceil(sumReports / counties),
      year,
      doc,
      anyUser.id,
      now,
      `'approved'`,
    );
  }
  return {
    rosterRegion: county.id,
    rosterCookie: await supervisor(db, 'benchrostersup', county.id, passwordHash, now),
    sumRegion: city.id,
    sumCookie: await supervisor(db, 'benchsumsup', city.id, passwordHash, now),
  };
}

export interface SeededProvince {
  readonly province: number;
  readonly provinceCookie: string;
  /** One county of it and its supervisor. */
  readonly county: number;
  readonly countyCookie: string;
  readonly units: number;
}

/**
 * A province of `cities` cities × `countiesPerCity` counties × `unitsPerCounty` units (30,000 by
 * default), in SQL: four reports in five approved, the rest submitted, returned or in draft, every
 * tenth unit without a report; one report in three with an arithmetic error (its findings kept).
 */
export async function seedProvince(
  db: Database,
  draft: Draft,
  year: number,
  passwordHash: string,
  now: Date,
  shape = { cities: 12, countiesPerCity: 10, unitsPerCounty: 250 },
): Promise<SeededProvince> {
  const clean = storedDocument(draft);
  const broken = storedDocument(
    setPath(draft, 'applications.newReceived.natural', (draft.applications.newReceived.natural ?? 0) + 7),
  );
  const [anyUser] = await db.query<{ id: number }>('SELECT id FROM users ORDER BY id LIMIT 1');
  if (!anyUser) throw new Error('seed users first');
  const province = await region(db, '压测省', 'province');
  let firstCounty = 0;
  for (let c = 0; c < shape.cities; c++) {
    const city = await region(db, `压测省第${c + 1}市`, 'city', province.path);
    for (let k = 0; k < shape.countiesPerCity; k++) {
      const county = await region(db, `压测省第${c + 1}市第${k + 1}县`, 'county', city.path);
      firstCounty ||= county.id;
      await unitsWithReports(db, county.id, shape.unitsPerCounty, year, clean, anyUser.id, now, `'approved'`);
    }
  }
  const subtree = `SELECT u.id FROM units u JOIN regions g ON g.id = u.region_id WHERE g.path LIKE '${province.path}%'`;
  await db.query(`DELETE FROM reports WHERE year = $1 AND unit_id IN (${subtree}) AND unit_id % 10 = 0`, [
    year,
  ]);
  await db.query(
    `UPDATE reports SET status = (ARRAY['submitted','returned','draft'])[1 + unit_id % 3]
      WHERE year = $1 AND unit_id IN (${subtree}) AND unit_id % 5 = 1`,
    [year],
  );
  await db.query(
    `UPDATE reports SET document = $2::jsonb, sha256 = $3, errors = $4, warnings = $5, figures = $6::float8[], findings = $7::jsonb
      WHERE year = $1 AND unit_id IN (${subtree}) AND unit_id % 3 = 0`,
    [
      year,
      JSON.stringify(broken.draft),
      broken.sha256,
      broken.errors,
      broken.warnings,
      reportFigures(broken.draft),
      JSON.stringify(withSettleStates(broken.draft, broken.findings)),
    ],
  );
  await db.query('ANALYZE');
  return {
    province: province.id,
    provinceCookie: await supervisor(db, 'benchprovincesup', province.id, passwordHash, now),
    county: firstCounty,
    countyCookie: await supervisor(db, 'benchprovincecountysup', firstCounty, passwordHash, now),
    units: shape.cities * shape.countiesPerCity * shape.unitsPerCounty,
  };
}
