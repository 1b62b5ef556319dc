-- Each report's figures (the layout's numbers in the core's NUMERIC_FIELDS order, null when blank)
-- and its findings (settled as the desk shows them), written with every revision in the same
-- statement as the document: the desk's 汇总 and 问题清单 read these columns and never open a
-- document, so their cost follows the rows they show. Rows older than this migration are filled
-- in by the code that runs after the migrations (backfillReportColumns).
ALTER TABLE reports ADD COLUMN figures float8[];
ALTER TABLE reports ADD COLUMN findings jsonb;
-- A region's subtree (`path LIKE '/1/7/%'`) as an index range, not a scan of every region.
CREATE INDEX regions_path ON regions (path text_pattern_ops);
