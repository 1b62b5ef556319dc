-- "What changed since": the reports of a year written after a time, read by the pages that follow
-- the other side's changes (the clerk's start page, the desk's roster) — a range of this index,
-- only the reports written in the last seconds, however many units there are.
CREATE INDEX reports_year_updated ON reports (year, updated_at);
