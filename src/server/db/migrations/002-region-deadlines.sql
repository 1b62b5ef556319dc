-- The deadline a supervisor sets for the reports of a region (and everything under it) for a year.
-- A unit is overdue when its region's nearest deadline (its own region's, else an ancestor's)
-- has passed and its report has not been submitted or approved.

CREATE TABLE region_deadlines (
  region_id integer NOT NULL REFERENCES regions (id),
  year integer NOT NULL,
  -- Due by the end of this day (China Standard Time).
  deadline date NOT NULL,
  set_by integer NOT NULL REFERENCES users (id),
  set_at timestamptz NOT NULL,
  PRIMARY KEY (region_id, year)
);
