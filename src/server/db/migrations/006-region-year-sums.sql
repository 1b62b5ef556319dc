-- Each region's sum of its own units' approved reports per year (the approved count and the
-- figures added position by position), kept by the database itself: a trigger adds a report's
-- figures when it becomes approved and takes them away when it stops being approved (or its
-- figures change), in the same transaction as the write. A 汇总 then reads one row per region of
-- the subtree, however many units it has. A draft's save never touches it.
CREATE TABLE region_year_sums (
  region_id integer NOT NULL REFERENCES regions (id),
  year integer NOT NULL,
  approved integer NOT NULL,
  figures float8[] NOT NULL,
  PRIMARY KEY (region_id, year)
);

CREATE FUNCTION add_figures(a float8[], b float8[], sign float8) RETURNS float8[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(coalesce(x, 0) + sign * coalesce(y, 0) ORDER BY i), '{}')
    FROM unnest(a, b) WITH ORDINALITY AS t(x, y, i)
$$;

CREATE FUNCTION reports_region_sums() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  reg integer;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'approved' AND OLD.figures IS NOT NULL THEN
    SELECT region_id INTO reg FROM units WHERE id = OLD.unit_id;
    UPDATE region_year_sums
       SET approved = approved - 1, figures = add_figures(figures, OLD.figures, -1)
     WHERE region_id = reg AND year = OLD.year;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'approved' AND NEW.figures IS NOT NULL THEN
    SELECT region_id INTO reg FROM units WHERE id = NEW.unit_id;
    INSERT INTO region_year_sums AS s (region_id, year, approved, figures)
    VALUES (reg, NEW.year, 1, NEW.figures)
    ON CONFLICT (region_id, year) DO UPDATE
      SET approved = s.approved + 1, figures = add_figures(s.figures, NEW.figures, 1);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER reports_region_sums AFTER INSERT OR UPDATE OF status, figures OR DELETE ON reports
  FOR EACH ROW EXECUTE FUNCTION reports_region_sums();

-- The reports already approved (their figures kept by migration 005; older ones are added by the
-- trigger when the code fills their figures in).
INSERT INTO region_year_sums (region_id, year, approved, figures)
SELECT u.region_id, r.year, count(*), (
         SELECT array_agg(s ORDER BY i) FROM (
           SELECT i, sum(v) AS s FROM reports r2 JOIN units u2 ON u2.id = r2.unit_id,
                  unnest(r2.figures) WITH ORDINALITY AS t(v, i)
            WHERE r2.status = 'approved' AND r2.figures IS NOT NULL AND u2.region_id = u.region_id AND r2.year = r.year
            GROUP BY i) per_position)
  FROM reports r JOIN units u ON u.id = r.unit_id
 WHERE r.status = 'approved' AND r.figures IS NOT NULL
 GROUP BY u.region_id, r.year;
