CREATE SEQUENCE "public"."project_code_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "project_transitions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"comment" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"region_code" text,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "users_role_known" CHECK ("users"."role" in ('pm','reviewer','fund_manager','viewer','admin'))
);
--> statement-breakpoint
CREATE TABLE "project_activity_shares" (
	"project_id" uuid NOT NULL,
	"activity_code" text NOT NULL,
	"share_hundredths" integer NOT NULL,
	CONSTRAINT "project_activity_shares_project_id_activity_code_pk" PRIMARY KEY("project_id","activity_code"),
	CONSTRAINT "project_activity_shares_range" CHECK ("project_activity_shares"."share_hundredths" between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "project_area_shares" (
	"project_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"share_hundredths" integer NOT NULL,
	CONSTRAINT "project_area_shares_project_id_area_code_pk" PRIMARY KEY("project_id","area_code"),
	CONSTRAINT "project_area_shares_range" CHECK ("project_area_shares"."share_hundredths" between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "project_beneficiaries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"type_code" text NOT NULL,
	"sex" text NOT NULL,
	"age_group" text NOT NULL,
	"number" integer NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_beneficiaries_number_positive" CHECK ("project_beneficiaries"."number" > 0)
);
--> statement-breakpoint
CREATE TABLE "project_countries" (
	"project_id" uuid NOT NULL,
	"country_iso3" text NOT NULL,
	CONSTRAINT "project_countries_project_id_country_iso3_pk" PRIMARY KEY("project_id","country_iso3")
);
--> statement-breakpoint
CREATE TABLE "project_migof" (
	"project_id" uuid NOT NULL,
	"migof_code" text NOT NULL,
	CONSTRAINT "project_migof_project_id_migof_code_pk" PRIMARY KEY("project_id","migof_code")
);
--> statement-breakpoint
CREATE TABLE "project_strategy_points" (
	"project_id" uuid NOT NULL,
	"point" integer NOT NULL,
	CONSTRAINT "project_strategy_points_project_id_point_pk" PRIMARY KEY("project_id","point")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"objective" text DEFAULT '' NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"region_code" text,
	"funding_year" integer NOT NULL,
	"fund_line" text NOT NULL,
	"requested_budget_cents" bigint NOT NULL,
	"approved_budget_cents" bigint,
	"planned_start" date NOT NULL,
	"planned_end" date NOT NULL,
	"actual_start" date,
	"actual_end" date,
	"pm_id" uuid,
	"alt_pm_id" uuid,
	"gender_marker" text,
	"follow_up_of_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "projects_budget_positive" CHECK ("projects"."requested_budget_cents" > 0),
	CONSTRAINT "projects_dates_ordered" CHECK ("projects"."planned_end" > "projects"."planned_start"),
	CONSTRAINT "projects_status_known" CHECK ("projects"."status" in ('draft','submitted','endorsed','approved','active','closed','rejected','withdrawn')),
	CONSTRAINT "projects_type_known" CHECK ("projects"."type" in ('national','regional','global'))
);
--> statement-breakpoint
CREATE TABLE "activity_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_es" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "areas_of_work" (
	"code" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_es" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "beneficiary_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_es" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "countries" (
	"iso3" text PRIMARY KEY NOT NULL,
	"iso2" text NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_es" text NOT NULL,
	"region_code" text
);
--> statement-breakpoint
CREATE TABLE "fund_lines" (
	"code" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_es" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"open" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gender_markers" (
	"code" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_es" text NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"description_fr" text DEFAULT '' NOT NULL,
	"description_es" text DEFAULT '' NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "migof_elements" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_es" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_es" text NOT NULL,
	"office" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_points" (
	"number" integer PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_es" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_transitions" ADD CONSTRAINT "project_transitions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_transitions" ADD CONSTRAINT "project_transitions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_activity_shares" ADD CONSTRAINT "project_activity_shares_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_activity_shares" ADD CONSTRAINT "project_activity_shares_activity_code_activity_types_code_fk" FOREIGN KEY ("activity_code") REFERENCES "public"."activity_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_area_shares" ADD CONSTRAINT "project_area_shares_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_area_shares" ADD CONSTRAINT "project_area_shares_area_code_areas_of_work_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."areas_of_work"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_beneficiaries" ADD CONSTRAINT "project_beneficiaries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_beneficiaries" ADD CONSTRAINT "project_beneficiaries_type_code_beneficiary_types_code_fk" FOREIGN KEY ("type_code") REFERENCES "public"."beneficiary_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_countries" ADD CONSTRAINT "project_countries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_countries" ADD CONSTRAINT "project_countries_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_migof" ADD CONSTRAINT "project_migof_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_migof" ADD CONSTRAINT "project_migof_migof_code_migof_elements_code_fk" FOREIGN KEY ("migof_code") REFERENCES "public"."migof_elements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_strategy_points" ADD CONSTRAINT "project_strategy_points_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_strategy_points" ADD CONSTRAINT "project_strategy_points_point_strategy_points_number_fk" FOREIGN KEY ("point") REFERENCES "public"."strategy_points"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_funding_year_funding_years_year_fk" FOREIGN KEY ("funding_year") REFERENCES "public"."funding_years"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_fund_line_fund_lines_code_fk" FOREIGN KEY ("fund_line") REFERENCES "public"."fund_lines"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_pm_id_users_id_fk" FOREIGN KEY ("pm_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_alt_pm_id_users_id_fk" FOREIGN KEY ("alt_pm_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_gender_marker_gender_markers_code_fk" FOREIGN KEY ("gender_marker") REFERENCES "public"."gender_markers"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_follow_up_of_id_projects_id_fk" FOREIGN KEY ("follow_up_of_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "countries" ADD CONSTRAINT "countries_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "project_transitions_project_idx" ON "project_transitions" USING btree ("project_id","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "project_area_shares_area_idx" ON "project_area_shares" USING btree ("area_code");--> statement-breakpoint
CREATE INDEX "project_beneficiaries_project_idx" ON "project_beneficiaries" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_countries_country_idx" ON "project_countries" USING btree ("country_iso3");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_code_idx" ON "projects" USING btree ("code");--> statement-breakpoint
CREATE INDEX "projects_region_year_idx" ON "projects" USING btree ("region_code","funding_year");--> statement-breakpoint
CREATE INDEX "projects_status_idx" ON "projects" USING btree ("status");--> statement-breakpoint
CREATE INDEX "projects_pm_idx" ON "projects" USING btree ("pm_id");--> statement-breakpoint
CREATE INDEX "projects_alt_pm_idx" ON "projects" USING btree ("alt_pm_id");--> statement-breakpoint
CREATE INDEX "countries_region_idx" ON "countries" USING btree ("region_code");