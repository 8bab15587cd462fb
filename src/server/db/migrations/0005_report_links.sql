-- Attachments and notifications keep their link to a report; if a recomputed schedule drops a
-- pending report, the link is cleared, the document stays in the project's filing.
ALTER TABLE "documents" ADD CONSTRAINT "documents_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;