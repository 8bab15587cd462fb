-- Review comments and filed document versions are records: like the history, never rewritten.
CREATE TRIGGER review_comments_append_only BEFORE UPDATE OR DELETE ON review_comments
  FOR EACH ROW EXECUTE FUNCTION prima_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER review_comments_no_truncate BEFORE TRUNCATE ON review_comments
  FOR EACH STATEMENT EXECUTE FUNCTION prima_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER document_versions_append_only BEFORE UPDATE OR DELETE ON document_versions
  FOR EACH ROW EXECUTE FUNCTION prima_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER document_versions_no_truncate BEFORE TRUNCATE ON document_versions
  FOR EACH STATEMENT EXECUTE FUNCTION prima_refuse_history_change();
--> statement-breakpoint
-- Transitions written before the name was recorded get it from their statuses, once, here.
ALTER TABLE project_transitions DISABLE TRIGGER project_transitions_append_only;
--> statement-breakpoint
UPDATE project_transitions SET transition = CASE
  WHEN from_status IS NULL THEN NULL
  WHEN to_status = 'withdrawn' THEN 'withdraw'
  WHEN from_status = 'draft' AND to_status = 'submitted' THEN 'submit'
  WHEN from_status = 'submitted' AND to_status = 'endorsed' THEN 'endorse'
  WHEN to_status = 'draft' THEN 'returnToDraft'
  WHEN from_status = 'submitted' AND to_status = 'rejected' THEN 'notEndorse'
  WHEN from_status = 'endorsed' AND to_status = 'approved' THEN 'approve'
  WHEN from_status = 'endorsed' AND to_status = 'rejected' THEN 'reject'
  WHEN from_status = 'approved' AND to_status = 'active' THEN 'start'
  WHEN from_status = 'active' AND to_status = 'closed' THEN 'close'
END
WHERE transition IS NULL;
--> statement-breakpoint
ALTER TABLE project_transitions ENABLE TRIGGER project_transitions_append_only;
