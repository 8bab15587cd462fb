-- Indexes for the dashboards and analysis reports at 100,000 projects, and the change counter
-- their figure cache checks (src/server/services/dashboard/figureCache.ts).

-- Beneficiaries reached: each project's latest accepted narrative report, read from the index
-- alone in the order "latest period end, then decided last" (domain currentReport).
CREATE INDEX reports_latest_accepted_narrative_idx
  ON reports (project_id, period_end DESC, decided_at DESC NULLS LAST, id)
  WHERE kind = 'narrative' AND status = 'accepted';--> statement-breakpoint

-- Targeted and reached beneficiaries by type, without visiting the tables.
CREATE INDEX project_beneficiaries_totals_idx ON project_beneficiaries (project_id) INCLUDE (type_code, number);--> statement-breakpoint
CREATE INDEX report_beneficiaries_totals_idx ON report_beneficiaries (report_id) INCLUDE (type_code, number);--> statement-breakpoint

-- Budgets weighted by shares, per selected project.
CREATE INDEX project_area_shares_weights_idx ON project_area_shares (project_id) INCLUDE (area_code, share_hundredths);--> statement-breakpoint
CREATE INDEX project_activity_shares_weights_idx
  ON project_activity_shares (project_id) INCLUDE (activity_code, share_hundredths);--> statement-breakpoint

-- Review turnaround: each project's transitions in order, with what the window function reads.
CREATE INDEX project_transitions_turnaround_idx
  ON project_transitions (project_id, at, id) INCLUDE (from_status, to_status, transition);--> statement-breakpoint

-- Overdue reports and reporting compliance of the selected projects.
CREATE INDEX reports_compliance_idx ON reports (project_id) INCLUDE (status, due_date, first_submitted_at);--> statement-breakpoint

-- Projects by funding year first (year ranges), then region: the dashboard's commonest filters.
CREATE INDEX projects_year_region_idx ON projects (funding_year, region_code);--> statement-breakpoint

-- A counter every change to what the figures read moves (one step per statement, so bulk loads
-- stay cheap). A sequence, because nextval never waits on another transaction: no writer ever
-- blocks on it, and no deadlock can come of it.
CREATE SEQUENCE portfolio_changes;--> statement-breakpoint
CREATE FUNCTION portfolio_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('portfolio_changes');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER projects_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON projects
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();--> statement-breakpoint
CREATE TRIGGER project_area_shares_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON project_area_shares
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();--> statement-breakpoint
CREATE TRIGGER project_activity_shares_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON project_activity_shares
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();--> statement-breakpoint
CREATE TRIGGER project_beneficiaries_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON project_beneficiaries
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();--> statement-breakpoint
CREATE TRIGGER project_transitions_portfolio_changed AFTER INSERT ON project_transitions
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();--> statement-breakpoint
CREATE TRIGGER reports_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON reports
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();--> statement-breakpoint
CREATE TRIGGER report_beneficiaries_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON report_beneficiaries
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();--> statement-breakpoint
CREATE TRIGGER extensions_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON extensions
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();
