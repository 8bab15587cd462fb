-- History is append-only: neither the API nor a stray SQL statement may rewrite or empty it.
CREATE OR REPLACE FUNCTION prima_refuse_history_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'history is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION prima_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION prima_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER project_transitions_append_only BEFORE UPDATE OR DELETE ON project_transitions
  FOR EACH ROW EXECUTE FUNCTION prima_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER project_transitions_no_truncate BEFORE TRUNCATE ON project_transitions
  FOR EACH STATEMENT EXECUTE FUNCTION prima_refuse_history_change();
