-- The fund's envelopes read the figure rollup (issue 15 §1): committed and pipeline from each
-- project's figures, and what each project has spent (its latest accepted financial report's
-- expenditure, figure "spent" in db/rollup/contributions.ts), so the Fund rules page, the
-- dashboard's Envelopes chart and the fund manager's home card read a few hundred summed rows
-- instead of every report of the portfolio. Expenditure rows now mark their project for the
-- rollup like the reports' beneficiaries do (0011).
CREATE TRIGGER project_figures_report_area_expenditures_insert AFTER INSERT ON report_area_expenditures
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_report_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_report_area_expenditures_delete AFTER DELETE ON report_area_expenditures
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_figures_report_parts_written();--> statement-breakpoint
CREATE TRIGGER project_figures_report_area_expenditures_update AFTER UPDATE ON report_area_expenditures
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_figures_report_parts_updated();--> statement-breakpoint
-- The envelope answers are kept in the portfolio cache (cache/portfolioCache.ts): what they read
-- beyond the projects and reports moves the change counter too.
CREATE TRIGGER report_area_expenditures_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON report_area_expenditures
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();--> statement-breakpoint
CREATE TRIGGER fund_envelopes_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON fund_envelopes
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();--> statement-breakpoint
CREATE TRIGGER funding_years_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON funding_years
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();--> statement-breakpoint
CREATE TRIGGER fund_lines_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON fund_lines
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();
