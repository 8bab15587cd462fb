-- One change counter for every answer the servers keep (src/server/cache/portfolioCache.ts):
-- portfolio_changes (0008) now also moves when a project's countries change (the home page's map
-- reads them) and when search documents are written (at commit, by 0007's flush, so renamed
-- countries, areas of work and activity types count too). The search's own counter goes.
CREATE TRIGGER project_countries_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON project_countries
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();--> statement-breakpoint
CREATE TRIGGER search_documents_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON project_search
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();--> statement-breakpoint
CREATE OR REPLACE FUNCTION project_search_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM project_search_pending WHERE project_id = NEW.project_id) THEN
    RETURN NULL;
  END IF;
  WITH done AS (DELETE FROM project_search_pending RETURNING project_id)
  SELECT array_agg(project_id) INTO ids FROM done;
  IF ids IS NOT NULL THEN
    PERFORM project_search_refresh(ids);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER project_search_delete ON project_search;--> statement-breakpoint
DROP FUNCTION project_search_deleted();--> statement-breakpoint
DROP SEQUENCE project_search_generation;
