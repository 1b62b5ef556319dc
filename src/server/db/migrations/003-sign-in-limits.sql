-- Sign-in attempts per client address and minute, shared by every process on the database
-- (the per-address limit of auth/rate-limit.ts). Rows older than a few minutes are deleted.
CREATE TABLE sign_in_attempts (
  address text NOT NULL,
  window_start timestamptz NOT NULL,
  attempts integer NOT NULL,
  PRIMARY KEY (address, window_start)
);
CREATE INDEX sign_in_attempts_window ON sign_in_attempts (window_start);
