CREATE TABLE "kbo_activity" (
	"entity_number" text NOT NULL,
	"activity_group" text,
	"nace_version" text,
	"nace_code" text,
	"classification" text
);
--> statement-breakpoint
CREATE TABLE "kbo_address" (
	"entity_number" text NOT NULL,
	"type_of_address" text,
	"country_nl" text,
	"country_fr" text,
	"zipcode" text,
	"municipality_nl" text,
	"municipality_fr" text,
	"street_nl" text,
	"street_fr" text,
	"house_number" text,
	"box" text,
	"extra_address_info" text,
	"date_striking_off" date
);
--> statement-breakpoint
CREATE TABLE "kbo_branch" (
	"id" text NOT NULL,
	"start_date" date,
	"enterprise_number" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kbo_code" (
	"category" text NOT NULL,
	"code" text NOT NULL,
	"language" text NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "kbo_contact" (
	"entity_number" text NOT NULL,
	"entity_contact" text,
	"contact_type" text,
	"value" text
);
--> statement-breakpoint
CREATE TABLE "kbo_denomination" (
	"entity_number" text NOT NULL,
	"language" text,
	"type_of_denomination" text,
	"denomination" text
);
--> statement-breakpoint
CREATE TABLE "kbo_enterprise" (
	"enterprise_number" text NOT NULL,
	"status" text,
	"juridical_situation" text,
	"type_of_enterprise" text,
	"juridical_form" text,
	"juridical_form_cac" text,
	"start_date" date
);
--> statement-breakpoint
CREATE TABLE "kbo_establishment" (
	"establishment_number" text NOT NULL,
	"start_date" date,
	"enterprise_number" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kbo_import_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"scope" text NOT NULL,
	"status" text NOT NULL,
	"phase" text NOT NULL,
	"path" text NOT NULL,
	"file_name" text NOT NULL,
	"fingerprint" text NOT NULL,
	"extract_number" text,
	"snapshot_date" text,
	"current_file" text,
	"files" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rows_done" bigint DEFAULT 0 NOT NULL,
	"rows_total_estimate" bigint,
	"bytes_done" bigint DEFAULT 0 NOT NULL,
	"bytes_total" bigint,
	"attempts" integer DEFAULT 1 NOT NULL,
	"summary" jsonb,
	"error" text,
	"error_file" text,
	"error_line" integer,
	"started_by" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "kbo_meta" (
	"variable" text NOT NULL,
	"value" text
);
--> statement-breakpoint
CREATE TABLE "organisation_activities" (
	"organisation_id" uuid NOT NULL,
	"nace_version" text NOT NULL,
	"nace_code" text NOT NULL,
	"classification" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_establishments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"establishment_number" text,
	"name" text,
	"street" text,
	"house_number" text,
	"postcode" text,
	"place" text,
	"municipality_nis" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"related_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"share_pct" numeric NOT NULL,
	"upstream" boolean DEFAULT true NOT NULL,
	"exempt_investor" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"enterprise_number" text,
	"kbo_key" text GENERATED ALWAYS AS (case when enterprise_number is null then null else substr(enterprise_number, 1, 4) || '.' || substr(enterprise_number, 5, 3) || '.' || substr(enterprise_number, 8, 3) end) STORED,
	"country" text DEFAULT 'BE' NOT NULL,
	"foreign_id" text,
	"name" text NOT NULL,
	"alt_names" text DEFAULT '' NOT NULL,
	"search_key" text GENERATED ALWAYS AS (koers_search_key(name || ' ' || alt_names)) STORED,
	"legal_form" text,
	"legal_form_label" text,
	"start_date" date,
	"street" text,
	"house_number" text,
	"box" text,
	"postcode" text,
	"place" text,
	"municipality_nis" text,
	"establishment_nis" text[] DEFAULT '{}'::text[] NOT NULL,
	"headcount" numeric,
	"turnover_eur" numeric,
	"balance_sheet_eur" numeric,
	"figures_year" integer,
	"sme_class" text DEFAULT 'unknown' NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"kbo_active" boolean DEFAULT false NOT NULL,
	"kbo_synced_at" timestamp with time zone,
	"overridden" text[] DEFAULT '{}'::text[] NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_enterprise_number_unique" UNIQUE("enterprise_number")
);
--> statement-breakpoint
ALTER TABLE "organisation_activities" ADD CONSTRAINT "organisation_activities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_establishments" ADD CONSTRAINT "organisation_establishments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_establishments" ADD CONSTRAINT "organisation_establishments_municipality_nis_municipalities_nis_fk" FOREIGN KEY ("municipality_nis") REFERENCES "public"."municipalities"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_relations" ADD CONSTRAINT "organisation_relations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_relations" ADD CONSTRAINT "organisation_relations_related_id_organisations_id_fk" FOREIGN KEY ("related_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_municipality_nis_municipalities_nis_fk" FOREIGN KEY ("municipality_nis") REFERENCES "public"."municipalities"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kbo_activity_entity_idx" ON "kbo_activity" USING btree ("entity_number");--> statement-breakpoint
CREATE INDEX "kbo_activity_code_idx" ON "kbo_activity" USING btree ("nace_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "kbo_address_entity_idx" ON "kbo_address" USING btree ("entity_number");--> statement-breakpoint
CREATE UNIQUE INDEX "kbo_branch_id_uq" ON "kbo_branch" USING btree ("id");--> statement-breakpoint
CREATE INDEX "kbo_branch_enterprise_idx" ON "kbo_branch" USING btree ("enterprise_number");--> statement-breakpoint
CREATE UNIQUE INDEX "kbo_code_uq" ON "kbo_code" USING btree ("category","code","language");--> statement-breakpoint
CREATE INDEX "kbo_contact_entity_idx" ON "kbo_contact" USING btree ("entity_number");--> statement-breakpoint
CREATE INDEX "kbo_denomination_entity_idx" ON "kbo_denomination" USING btree ("entity_number");--> statement-breakpoint
CREATE UNIQUE INDEX "kbo_enterprise_number_uq" ON "kbo_enterprise" USING btree ("enterprise_number");--> statement-breakpoint
CREATE UNIQUE INDEX "kbo_establishment_number_uq" ON "kbo_establishment" USING btree ("establishment_number");--> statement-breakpoint
CREATE INDEX "kbo_establishment_enterprise_idx" ON "kbo_establishment" USING btree ("enterprise_number");--> statement-breakpoint
CREATE INDEX "kbo_import_runs_started_idx" ON "kbo_import_runs" USING btree ("started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_activities_uq" ON "organisation_activities" USING btree ("organisation_id","nace_version","nace_code","classification");--> statement-breakpoint
CREATE INDEX "organisation_activities_code_idx" ON "organisation_activities" USING btree ("nace_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "organisation_establishments_org_idx" ON "organisation_establishments" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_relations_uq" ON "organisation_relations" USING btree ("organisation_id","related_id");--> statement-breakpoint
CREATE INDEX "organisation_relations_related_idx" ON "organisation_relations" USING btree ("related_id");--> statement-breakpoint
CREATE INDEX "organisations_search_trgm" ON "organisations" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisations_name_idx" ON "organisations" USING btree ("name");--> statement-breakpoint
CREATE INDEX "organisations_municipality_idx" ON "organisations" USING btree ("municipality_nis");--> statement-breakpoint
CREATE INDEX "organisations_establishment_nis_idx" ON "organisations" USING gin ("establishment_nis");--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organisations_kbo_key_idx" ON "organisations" USING btree ("kbo_key");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_foreign_uq" ON "organisations" USING btree ("country","foreign_id");