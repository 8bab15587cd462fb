-- One event log (src/domain/events.ts, src/server/events/): notices, outbox e-mail and project
-- history are derived from it. Append-only like the rest of the filing (0001, 0003).
CREATE TABLE "domain_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"project_id" uuid NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "domain_events" ADD CONSTRAINT "domain_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domain_events" ADD CONSTRAINT "domain_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "domain_events_project_idx" ON "domain_events" USING btree ("project_id","at","id");--> statement-breakpoint
CREATE TRIGGER domain_events_append_only BEFORE UPDATE OR DELETE ON domain_events
  FOR EACH ROW EXECUTE FUNCTION prima_refuse_history_change();--> statement-breakpoint
CREATE TRIGGER domain_events_no_truncate BEFORE TRUNCATE ON domain_events
  FOR EACH STATEMENT EXECUTE FUNCTION prima_refuse_history_change();--> statement-breakpoint
-- Files the events of projects whose history was written before the event log (or straight into
-- the filing tables, as the demo and bench generators do): their transitions, their project audit
-- events (creation and transitions are already in the transitions) and their reports' decisions.
-- A project that already has an event is left alone, so calling it again files nothing twice.
-- Ids follow the order the history was shown in before (time, then transitions, audit events,
-- report events, then each table's id), so the history reads the same, newest first by id.
CREATE FUNCTION prima_file_domain_events() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE filed bigint;
BEGIN
  INSERT INTO domain_events (kind, project_id, actor_id, at, payload)
  SELECT kind, project_id, actor_id, at, payload FROM (
    SELECT CASE WHEN t.from_status IS NULL THEN 'projectCreated' ELSE 'projectTransitioned' END AS kind,
      t.project_id, t.actor_id, t.at, 0 AS source, t.id AS source_id,
      jsonb_strip_nulls(jsonb_build_object('transitionId', t.id, 'from', t.from_status))
        || jsonb_build_object('transition', t.transition, 'to', t.to_status, 'comment', t.comment,
           'details', t.details) AS payload
    FROM project_transitions t
    UNION ALL
    SELECT CASE a.action
        WHEN 'update' THEN 'projectEdited'
        WHEN 'comment' THEN 'projectCommented'
        WHEN 'documentUploaded' THEN 'documentFiled'
        WHEN 'documentVersioned' THEN 'documentFiled'
        WHEN 'resultsMatrix' THEN 'resultsMatrixSaved'
        WHEN 'workplan' THEN 'workplanSaved'
        ELSE a.action END,
      p.id, a.actor_id, a.at, 1, a.id,
      CASE WHEN a.action = 'update'
        THEN jsonb_build_object('before', coalesce(a.before, '{}'), 'after', coalesce(a.after, '{}'))
        ELSE coalesce(a.after, '{}') END
    FROM audit_events a JOIN projects p ON p.id::text = a.entity_id
    WHERE a.entity_type = 'project' AND a.action NOT IN ('transition', 'create')
    UNION ALL
    SELECT CASE e.action WHEN 'submit' THEN 'reportSubmitted' WHEN 'return' THEN 'reportReturned'
        ELSE 'reportAccepted' END,
      r.project_id, e.actor_id, e.at, 2, e.id,
      jsonb_build_object('reportEventId', e.id, 'reportId', r.id, 'kind', r.kind, 'stage', r.stage,
        'sequence', r.sequence, 'comment', e.comment,
        'status', CASE e.action WHEN 'submit' THEN 'submitted' WHEN 'return' THEN 'returned' ELSE 'accepted' END)
    FROM report_events e JOIN reports r ON r.id = e.report_id
  ) filing
  WHERE NOT EXISTS (SELECT 1 FROM domain_events d WHERE d.project_id = filing.project_id)
  ORDER BY at, source, source_id;
  GET DIAGNOSTICS filed = ROW_COUNT;
  RETURN filed;
END $$;--> statement-breakpoint
SELECT prima_file_domain_events();--> statement-breakpoint
-- Notices: a typed payload instead of `to_status`, which held a project status, a report state, a
-- reminder step or a date depending on the event. Old notices get theirs from the old columns.
ALTER TABLE "notifications" ALTER COLUMN "to_status" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "event_id" bigint;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "payload" jsonb;--> statement-breakpoint
UPDATE notifications SET payload = CASE
    WHEN transition IN ('reportSubmitted', 'reportReturned', 'reportAccepted')
      THEN jsonb_build_object('kind', transition, 'status', to_status)
    WHEN transition = 'reportReminder' THEN jsonb_build_object('kind', transition, 'step', to_status)
    WHEN transition IN ('extensionRequested', 'extensionApproved', 'extensionRefused')
      THEN jsonb_build_object('kind', transition, 'requestedEnd', to_status)
    ELSE jsonb_build_object('kind', 'projectTransitioned', 'transition', transition, 'to', to_status)
  END;--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "payload" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_event_id_domain_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."domain_events"("id") ON DELETE no action ON UPDATE no action;
