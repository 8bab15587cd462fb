-- Trigram similarity (typo-tolerant codes and titles) and accent folding (French and Spanish) for the search engine.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE TABLE "appeal_requirements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"appeal_id" uuid NOT NULL,
	"region_code" text,
	"country_iso3" text,
	"area_code" text,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "appeal_requirements_cell_idx" UNIQUE NULLS NOT DISTINCT("appeal_id","region_code","country_iso3","area_code"),
	CONSTRAINT "appeal_requirements_amount_not_negative" CHECK ("appeal_requirements"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"source_sha256" text NOT NULL,
	"imported_by_id" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appeals_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "bookmarks" (
	"user_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookmarks_user_id_project_id_pk" PRIMARY KEY("user_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "project_search" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"document" "tsvector" NOT NULL,
	"code_title" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appeal_requirements" ADD CONSTRAINT "appeal_requirements_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_requirements" ADD CONSTRAINT "appeal_requirements_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_requirements" ADD CONSTRAINT "appeal_requirements_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_requirements" ADD CONSTRAINT "appeal_requirements_area_code_areas_of_work_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."areas_of_work"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_imported_by_id_users_id_fk" FOREIGN KEY ("imported_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_search" ADD CONSTRAINT "project_search_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appeal_requirements_country_idx" ON "appeal_requirements" USING btree ("country_iso3");--> statement-breakpoint
CREATE INDEX "bookmarks_project_idx" ON "bookmarks" USING btree ("project_id");