-- Regions (a tree), units, users, sessions, reports with every revision, and the audit log.
-- Plain SQL within what PostgreSQL 13+ and PostgreSQL-compatible databases run.

CREATE TABLE regions (
  id serial PRIMARY KEY,
  parent_id integer REFERENCES regions (id),
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('province', 'city', 'county', 'township')),
  -- '/1/4/9/': the ids from the root down; a subtree is every path that starts with its path.
  path text NOT NULL UNIQUE,
  UNIQUE (parent_id, name)
);

CREATE TABLE units (
  id serial PRIMARY KEY,
  region_id integer NOT NULL REFERENCES regions (id),
  name text NOT NULL,
  UNIQUE (region_id, name)
);
CREATE INDEX units_region ON units (region_id);

CREATE TABLE users (
  id serial PRIMARY KEY,
  login text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
  unit_id integer REFERENCES units (id),
  region_id integer REFERENCES regions (id),
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL,
  -- A clerk belongs to one unit, a supervisor to one region; an administrator to neither.
  CHECK ((role = 'clerk') = (unit_id IS NOT NULL)),
  CHECK ((role = 'supervisor') = (region_id IS NOT NULL))
);

CREATE TABLE sessions (
  -- SHA-256 of the random session id; the id itself is only in the user's cookie.
  id_hash text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE setup_tokens (
  token_hash text PRIMARY KEY,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE reports (
  unit_id integer NOT NULL REFERENCES units (id),
  year integer NOT NULL,
  revision integer NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
  document jsonb NOT NULL,
  sha256 text NOT NULL,
  errors integer NOT NULL,
  warnings integer NOT NULL,
  updated_by integer NOT NULL REFERENCES users (id),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (unit_id, year)
);
CREATE INDEX reports_year_status ON reports (year, status);

CREATE TABLE report_revisions (
  unit_id integer NOT NULL,
  year integer NOT NULL,
  revision integer NOT NULL,
  status text NOT NULL,
  document jsonb NOT NULL,
  sha256 text NOT NULL,
  created_by integer NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (unit_id, year, revision),
  FOREIGN KEY (unit_id, year) REFERENCES reports (unit_id, year)
);

CREATE TABLE events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  user_id integer,
  login text,
  action text NOT NULL,
  object text,
  result text NOT NULL,
  revision integer,
  sha256 text,
  client_address text,
  detail text
);
CREATE INDEX events_at ON events (at);

-- The audit log is append-only whoever connects: a trigger refuses every UPDATE and DELETE
-- (and TRUNCATE). On a real PostgreSQL the application's role is also granted only SELECT and
-- INSERT on it (see grants.ts); on the embedded PGlite, which has a single user, the trigger is
-- what keeps it append-only.
CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '审计日志只能追加，不能修改或删除';
END;
$$;
CREATE TRIGGER events_no_update_delete BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_append_only();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION events_append_only();
