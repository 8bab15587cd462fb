CREATE TABLE "extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"previous_end" date NOT NULL,
	"requested_end" date NOT NULL,
	"justification" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_by_id" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_comment" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "extensions_status_known" CHECK ("extensions"."status" in ('requested','approved','refused')),
	CONSTRAINT "extensions_later" CHECK ("extensions"."requested_end" > "extensions"."previous_end")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"result_id" uuid,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"baseline" double precision NOT NULL,
	"target" double precision NOT NULL,
	"means_of_verification" text DEFAULT '' NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"planned_date" date NOT NULL,
	"actual_date" date,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dedupe_key" text NOT NULL,
	"report_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"step" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_activity_expenditures" (
	"report_id" uuid NOT NULL,
	"activity_code" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "report_activity_expenditures_report_id_activity_code_pk" PRIMARY KEY("report_id","activity_code"),
	CONSTRAINT "report_activity_expenditures_amount" CHECK ("report_activity_expenditures"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "report_area_expenditures" (
	"report_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "report_area_expenditures_report_id_area_code_pk" PRIMARY KEY("report_id","area_code"),
	CONSTRAINT "report_area_expenditures_amount" CHECK ("report_area_expenditures"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "report_beneficiaries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"type_code" text NOT NULL,
	"sex" text NOT NULL,
	"age_group" text NOT NULL,
	"number" integer NOT NULL,
	CONSTRAINT "report_beneficiaries_number" CHECK ("report_beneficiaries"."number" >= 0)
);
--> statement-breakpoint
CREATE TABLE "report_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_events_action_known" CHECK ("report_events"."action" in ('submit','return','accept'))
);
--> statement-breakpoint
CREATE TABLE "report_indicator_values" (
	"report_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"actual" double precision NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	CONSTRAINT "report_indicator_values_report_id_indicator_id_pk" PRIMARY KEY("report_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "reporting_rules" (
	"fund_line" text PRIMARY KEY NOT NULL,
	"interim_period_months" integer DEFAULT 6 NOT NULL,
	"interim_due_days" integer DEFAULT 30 NOT NULL,
	"final_due_days" integer DEFAULT 90 NOT NULL,
	"reminder_lead_days" integer[] DEFAULT '{30,7}'::integer[] NOT NULL,
	"overdue_repeat_days" integer DEFAULT 7 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone,
	"updated_by_id" uuid,
	CONSTRAINT "reporting_rules_period" CHECK ("reporting_rules"."interim_period_months" between 1 and 60),
	CONSTRAINT "reporting_rules_due_days" CHECK ("reporting_rules"."interim_due_days" between 0 and 365 and "reporting_rules"."final_due_days" between 0 and 365),
	CONSTRAINT "reporting_rules_repeat" CHECK ("reporting_rules"."overdue_repeat_days" between 1 and 90)
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"stage" text NOT NULL,
	"sequence" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"challenges" text DEFAULT '' NOT NULL,
	"lessons_learned" text DEFAULT '' NOT NULL,
	"good_practices" text DEFAULT '' NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"submitted_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_kind_known" CHECK ("reports"."kind" in ('narrative','financial')),
	CONSTRAINT "reports_stage_known" CHECK ("reports"."stage" in ('interim','final')),
	CONSTRAINT "reports_status_known" CHECK ("reports"."status" in ('pending','submitted','accepted','returned')),
	CONSTRAINT "reports_period_ordered" CHECK ("reports"."period_end" >= "reports"."period_start" and "reports"."due_date" >= "reports"."period_end")
);
--> statement-breakpoint
CREATE TABLE "result_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"level" text NOT NULL,
	"parent_id" uuid,
	"statement" text NOT NULL,
	"assumptions" text DEFAULT '' NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "result_statements_level_known" CHECK ("result_statements"."level" in ('outcome','output')),
	CONSTRAINT "result_statements_parent_by_level" CHECK (("result_statements"."level" = 'outcome' and "result_statements"."parent_id" is null) or ("result_statements"."level" = 'output' and "result_statements"."parent_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "results_matrices" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"objective_assumptions" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone,
	"updated_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "workplans" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone,
	"updated_by_id" uuid
);
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "report_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "report_id" uuid;--> statement-breakpoint
ALTER TABLE "extensions" ADD CONSTRAINT "extensions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extensions" ADD CONSTRAINT "extensions_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extensions" ADD CONSTRAINT "extensions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_result_id_result_statements_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."result_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_activity_expenditures" ADD CONSTRAINT "report_activity_expenditures_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_activity_expenditures" ADD CONSTRAINT "report_activity_expenditures_activity_code_activity_types_code_fk" FOREIGN KEY ("activity_code") REFERENCES "public"."activity_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_area_expenditures" ADD CONSTRAINT "report_area_expenditures_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_area_expenditures" ADD CONSTRAINT "report_area_expenditures_area_code_areas_of_work_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."areas_of_work"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_beneficiaries" ADD CONSTRAINT "report_beneficiaries_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_beneficiaries" ADD CONSTRAINT "report_beneficiaries_type_code_beneficiary_types_code_fk" FOREIGN KEY ("type_code") REFERENCES "public"."beneficiary_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_events" ADD CONSTRAINT "report_events_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_events" ADD CONSTRAINT "report_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_indicator_values" ADD CONSTRAINT "report_indicator_values_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_indicator_values" ADD CONSTRAINT "report_indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_rules" ADD CONSTRAINT "reporting_rules_fund_line_fund_lines_code_fk" FOREIGN KEY ("fund_line") REFERENCES "public"."fund_lines"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_rules" ADD CONSTRAINT "reporting_rules_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_statements" ADD CONSTRAINT "result_statements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_statements" ADD CONSTRAINT "result_statements_parent_id_result_statements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."result_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_matrices" ADD CONSTRAINT "results_matrices_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_matrices" ADD CONSTRAINT "results_matrices_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplans" ADD CONSTRAINT "workplans_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplans" ADD CONSTRAINT "workplans_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "extensions_project_idx" ON "extensions" USING btree ("project_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "extensions_one_open_idx" ON "extensions" USING btree ("project_id") WHERE "extensions"."status" = 'requested';--> statement-breakpoint
CREATE INDEX "indicators_project_idx" ON "indicators" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "milestones_project_idx" ON "milestones" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_dedupe_idx" ON "reminders" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "reminders_report_idx" ON "reminders" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_beneficiaries_report_idx" ON "report_beneficiaries" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_beneficiaries_group_idx" ON "report_beneficiaries" USING btree ("report_id","type_code","sex","age_group");--> statement-breakpoint
CREATE INDEX "report_events_report_idx" ON "report_events" USING btree ("report_id","at");--> statement-breakpoint
CREATE INDEX "report_indicator_values_indicator_idx" ON "report_indicator_values" USING btree ("indicator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_schedule_idx" ON "reports" USING btree ("project_id","kind","stage","sequence");--> statement-breakpoint
CREATE INDEX "reports_due_idx" ON "reports" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "result_statements_project_idx" ON "result_statements" USING btree ("project_id");--> statement-breakpoint
-- Report decisions are records, like the project history: never rewritten.
CREATE TRIGGER report_events_append_only BEFORE UPDATE OR DELETE ON report_events
  FOR EACH ROW EXECUTE FUNCTION prima_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER report_events_no_truncate BEFORE TRUNCATE ON report_events
  FOR EACH STATEMENT EXECUTE FUNCTION prima_refuse_history_change();
