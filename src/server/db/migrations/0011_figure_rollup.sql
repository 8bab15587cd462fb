-- Figures kept up to date as the data change (issue 13): each project's contribution to the
-- portfolio's figures (project_figures), their sums (figure_rollup), and the changes not yet
-- folded into the sums (figure_deltas). The rows a project contributes are defined in TypeScript
-- from the same SQL fragments as the figures read from the base tables
-- (src/server/db/rollup/contributions.ts); the server installs them as project_figure_rows() after
-- migrating and rebuilds the tables when that definition changes (src/server/db/rollup/install.ts).
--
-- Writers never update a shared row: at commit a transaction recomputes the projects it touched,
-- replaces their contribution rows and appends the difference to figure_deltas (insert only, so
-- fifty writers do not queue on the row of "approved projects of 2026 in Africa"). The server folds
-- the deltas into figure_rollup every second; readers sum both, in one snapshot.
CREATE TABLE project_figures (
  project_id uuid NOT NULL,
  figure text NOT NULL,
  area_filter text NOT NULL,
  region_code text,
  funding_year integer,
  fund_line text,
  status text,
  code text NOT NULL,
  day date,
  x integer NOT NULL,
  n integer NOT NULL,
  a bigint NOT NULL,
  b bigint NOT NULL
);--> statement-breakpoint
CREATE INDEX project_figures_project_idx ON project_figures (project_id);--> statement-breakpoint
CREATE TABLE figure_rollup (
  figure text NOT NULL,
  area_filter text NOT NULL,
  region_code text,
  funding_year integer,
  fund_line text,
  status text,
  code text NOT NULL,
  day date,
  x integer NOT NULL,
  n integer NOT NULL,
  a bigint NOT NULL,
  b bigint NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX figure_rollup_key ON figure_rollup (figure, area_filter, region_code, funding_year, fund_line, status, code, day, x) NULLS NOT DISTINCT;--> statement-breakpoint
-- area_filter: '' for every project, and again an area of work the project has, so that the
-- dashboard's area filter (a project has several areas) reads its own slice.
-- n is a count (an integer: sums of integers stay in integers, several times faster than the
-- numeric sums of bigints); a and b are money in cents (bigint).
-- The turnaround reads its histogram (counts per stage and tenth of a day) in this order, from the
-- index alone: tens of thousands of rows at 100,000 projects, summed as they come, without a sort.
CREATE INDEX figure_rollup_histogram ON figure_rollup (figure, area_filter, code, x)
  INCLUDE (region_code, funding_year, fund_line, status, n);--> statement-breakpoint
CREATE TABLE figure_deltas (LIKE figure_rollup);--> statement-breakpoint
-- Which definition of the contributions the tables hold (a digest of its SQL).
CREATE TABLE figure_definition (id integer PRIMARY KEY CHECK (id = 1), digest text NOT NULL);--> statement-breakpoint

-- Replaced by the server after migrating; until then a write that touches a project fails loudly
-- rather than leaving the figures wrong.
CREATE FUNCTION project_figure_rows(ids uuid[]) RETURNS SETOF project_figures LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'figure rollup not installed: start the server or run prima migrate';
END $$;--> statement-breakpoint

-- Recomputes the projects' contributions. Two transactions recomputing one project one after the
-- other (an advisory lock per project, taken in order) each see what the other committed, so a
-- project never counts twice or not at all; a large batch (a bulk load) locks out every other
-- refresh instead of taking one lock per project.
CREATE FUNCTION project_figures_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(ids) > 500 THEN
    PERFORM pg_advisory_xact_lock(4242011);
  ELSE
    PERFORM pg_advisory_xact_lock_shared(4242011);
    PERFORM pg_advisory_xact_lock(4242012, h)
      FROM (SELECT DISTINCT hashtext(id::text) AS h FROM unnest(ids) AS id ORDER BY 1) AS locks;
  END IF;
  WITH fresh AS (SELECT * FROM project_figure_rows(ids)),
  old AS (DELETE FROM project_figures WHERE project_id = ANY (ids) RETURNING *),
  added AS (INSERT INTO project_figures SELECT * FROM fresh)
  INSERT INTO figure_deltas (figure, area_filter, region_code, funding_year, fund_line, status, code, day, x, n, a, b)
  SELECT figure, area_filter, region_code, funding_year, fund_line, status, code, day, x, sum(n), sum(a), sum(b)
  FROM (
    SELECT figure, area_filter, region_code, funding_year, fund_line, status, code, day, x, n, a, b FROM fresh
    UNION ALL
    SELECT figure, area_filter, region_code, funding_year, fund_line, status, code, day, x, -n, -a, -b FROM old
  ) AS d
  GROUP BY figure, area_filter, region_code, funding_year, fund_line, status, code, day, x
  HAVING sum(n) <> 0 OR sum(a) <> 0 OR sum(b) <> 0;
END $$;--> statement-breakpoint

-- Folds the deltas into the sums; one compaction at a time, the others return at once.
CREATE FUNCTION figure_rollup_compact() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE folded bigint;
BEGIN
  IF NOT pg_try_advisory_xact_lock(4242013) THEN
    RETURN 0;
  END IF;
  WITH moved AS (DELETE FROM figure_deltas RETURNING *),
  summed AS (
    SELECT figure, area_filter, region_code, funding_year, fund_line, status, code, day, x,
           sum(n) AS n, sum(a) AS a, sum(b) AS b, count(*) AS rows
    FROM moved GROUP BY figure, area_filter, region_code, funding_year, fund_line, status, code, day, x
  ),
  upserted AS (
    INSERT INTO figure_rollup AS r (figure, area_filter, region_code, funding_year, fund_line, status, code, day, x, n, a, b)
    SELECT figure, area_filter, region_code, funding_year, fund_line, status, code, day, x, n, a, b FROM summed
    ON CONFLICT (figure, area_filter, region_code, funding_year, fund_line, status, code, day, x)
    DO UPDATE SET n = r.n + excluded.n, a = r.a + excluded.a, b = r.b + excluded.b
  )
  SELECT coalesce(sum(rows), 0) INTO folded FROM summed;
  RETURN folded;
END $$;--> statement-breakpoint

CREATE TABLE project_figures_pending (project_id uuid PRIMARY KEY);--> statement-breakpoint
CREATE FUNCTION project_figures_mark(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO project_figures_pending (project_id) SELECT DISTINCT id FROM unnest(ids) AS id WHERE id IS NOT NULL
  ON CONFLICT DO NOTHING
$$;--> statement-breakpoint
-- At commit, once per pending row: the first firing recomputes them all, the others find their row gone.
CREATE FUNCTION project_figures_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM project_figures_pending WHERE project_id = NEW.project_id) THEN
    RETURN NULL;
  END IF;
  WITH done AS (DELETE FROM project_figures_pending RETURNING project_id)
  SELECT array_agg(project_id ORDER BY project_id) INTO ids FROM done;
  IF ids IS NOT NULL THEN
    PERFORM project_figures_refresh(ids);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER project_figures_flush AFTER INSERT ON project_figures_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION project_figures_flush();--> statement-breakpoint

-- What marks a project: its own row (keys, status, budgets), and the rows of the tables its
-- figures read. Statement triggers with transition tables: one statement per statement written.
CREATE FUNCTION project_figures_projects_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_figures_mark(array(SELECT id FROM parts));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION project_figures_projects_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_figures_mark(array(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.region_code, n.funding_year, n.fund_line, n.status, n.requested_budget_cents, n.approved_budget_cents)
      IS DISTINCT FROM (o.region_code, o.funding_year, o.fund_line, o.status, o.requested_budget_cents, o.approved_budget_cents)));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION project_figures_parts_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_figures_mark(array(SELECT project_id FROM parts));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION project_figures_parts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_figures_mark(array(
    SELECT project_id FROM new_rows UNION SELECT project_id FROM old_rows));
  RETURN NULL;
END $$;--> statement-breakpoint
-- Reports: only the columns the figures read (status, dates, kind), not a draft's text.
CREATE FUNCTION project_figures_reports_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_figures_mark(array(
    SELECT unnest(array[n.project_id, o.project_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.project_id, n.kind, n.status, n.due_date, n.period_end, n.first_submitted_at, n.decided_at)
      IS DISTINCT FROM (o.project_id, o.kind, o.status, o.due_date, o.period_end, o.first_submitted_at, o.decided_at)));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION project_figures_report_parts_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_figures_mark(array(
    SELECT r.project_id FROM reports r WHERE r.id IN (SELECT report_id FROM parts)));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION project_figures_report_parts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_figures_mark(array(
    SELECT r.project_id FROM reports r
    WHERE r.id IN (SELECT report_id FROM new_rows UNION SELECT report_id FROM old_rows)));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER project_figures_projects_insert AFTER INSERT ON projects
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_projects_written();--> statement-breakpoint
CREATE TRIGGER project_figures_projects_delete AFTER DELETE ON projects
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_projects_written();--> statement-breakpoint
CREATE TRIGGER project_figures_projects_update AFTER UPDATE ON projects
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_figures_projects_updated();--> statement-breakpoint
CREATE TRIGGER project_figures_reports_insert AFTER INSERT ON reports
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_reports_delete AFTER DELETE ON reports
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_reports_update AFTER UPDATE ON reports
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_figures_reports_updated();--> statement-breakpoint
CREATE TRIGGER project_figures_report_beneficiaries_insert AFTER INSERT ON report_beneficiaries
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_report_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_report_beneficiaries_delete AFTER DELETE ON report_beneficiaries
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_report_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_report_beneficiaries_update AFTER UPDATE ON report_beneficiaries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_figures_report_parts_updated();
--> statement-breakpoint
CREATE TRIGGER project_figures_project_area_shares_insert AFTER INSERT ON project_area_shares
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_project_area_shares_delete AFTER DELETE ON project_area_shares
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_project_area_shares_update AFTER UPDATE ON project_area_shares
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_updated();--> statement-breakpoint
CREATE TRIGGER project_figures_project_activity_shares_insert AFTER INSERT ON project_activity_shares
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_project_activity_shares_delete AFTER DELETE ON project_activity_shares
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_project_activity_shares_update AFTER UPDATE ON project_activity_shares
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_updated();--> statement-breakpoint
CREATE TRIGGER project_figures_project_beneficiaries_insert AFTER INSERT ON project_beneficiaries
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_project_beneficiaries_delete AFTER DELETE ON project_beneficiaries
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_project_beneficiaries_update AFTER UPDATE ON project_beneficiaries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_updated();--> statement-breakpoint
CREATE TRIGGER project_figures_project_countries_insert AFTER INSERT ON project_countries
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_project_countries_delete AFTER DELETE ON project_countries
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_project_countries_update AFTER UPDATE ON project_countries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_updated();--> statement-breakpoint
CREATE TRIGGER project_figures_extensions_insert AFTER INSERT ON extensions
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_extensions_delete AFTER DELETE ON extensions
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_extensions_update AFTER UPDATE ON extensions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_updated();--> statement-breakpoint
CREATE TRIGGER project_figures_project_transitions_insert AFTER INSERT ON project_transitions
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_project_transitions_delete AFTER DELETE ON project_transitions
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_project_transitions_update AFTER UPDATE ON project_transitions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_figures_parts_updated();
