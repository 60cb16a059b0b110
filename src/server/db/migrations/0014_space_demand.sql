CREATE TABLE "space_brownfields" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"municipality_nis" text NOT NULL,
	"park_id" uuid,
	"geometry" jsonb,
	"min_lon" double precision,
	"min_lat" double precision,
	"max_lon" double precision,
	"max_lat" double precision,
	"area_m2" double precision NOT NULL,
	"former_use" text,
	"renovation_status" text NOT NULL,
	"renovation_status_since" date,
	"redeveloped_on" date,
	"description" text DEFAULT '' NOT NULL,
	"conf_notes" text DEFAULT '' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_brownfields_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "space_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"park_id" uuid,
	"parcel_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"reference" text,
	"valid_from" date,
	"valid_until" date,
	"public" boolean DEFAULT true NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "space_parcels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"park_id" uuid,
	"code" text NOT NULL,
	"cadastral_ref" text,
	"municipality_nis" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"min_lon" double precision,
	"min_lat" double precision,
	"max_lon" double precision,
	"max_lat" double precision,
	"area_m2" double precision NOT NULL,
	"stated_area_m2" double precision,
	"zoning" text,
	"allowed_nace" text[],
	"availability" text NOT NULL,
	"availability_since" date,
	"available_from" date,
	"activated_on" date,
	"origin" text DEFAULT 'new' NOT NULL,
	"transaction" text NOT NULL,
	"sale_price_per_m2_cents" bigint,
	"lease_price_per_m2_year_cents" bigint,
	"restrictions" text,
	"preemption_right" boolean DEFAULT false NOT NULL,
	"buyback_right" boolean DEFAULT false NOT NULL,
	"heat_network" boolean,
	"shared_solar" boolean,
	"green_roofs" boolean,
	"collective_rainwater" boolean,
	"shared_services" boolean,
	"park_management" boolean,
	"shared_transport" boolean,
	"motorway_km" double precision,
	"rail_km" double precision,
	"water_km" double precision,
	"public_transport_km" double precision,
	"bike_route" boolean,
	"grid_capacity_kva" double precision,
	"strategic" boolean DEFAULT false NOT NULL,
	"owner_organisation_id" uuid,
	"conf_owner_name" text,
	"conf_min_price_per_m2_cents" bigint,
	"conf_notes" text DEFAULT '' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_parcels_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "space_parks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"development_status" text NOT NULL,
	"developer" text,
	"park_manager" text,
	"municipality_nis" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"min_lon" double precision,
	"min_lat" double precision,
	"max_lon" double precision,
	"max_lat" double precision,
	"area_m2" double precision NOT NULL,
	"stated_area_m2" double precision,
	"description" text DEFAULT '' NOT NULL,
	"collaboration" text DEFAULT '' NOT NULL,
	"regulation" text DEFAULT '' NOT NULL,
	"website" text,
	"heat_network" boolean DEFAULT false NOT NULL,
	"shared_solar" boolean DEFAULT false NOT NULL,
	"green_roofs" boolean DEFAULT false NOT NULL,
	"collective_rainwater" boolean DEFAULT false NOT NULL,
	"shared_services" boolean DEFAULT false NOT NULL,
	"park_management" boolean DEFAULT false NOT NULL,
	"shared_transport" boolean DEFAULT false NOT NULL,
	"motorway_km" double precision,
	"rail_km" double precision,
	"water_km" double precision,
	"public_transport_km" double precision,
	"bike_route" boolean,
	"grid_capacity_kva" double precision,
	"allowed_nace" text[],
	"conf_notes" text DEFAULT '' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_parks_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "space_premises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"park_id" uuid,
	"parcel_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"street" text,
	"house_number" text,
	"postcode" text,
	"place" text,
	"municipality_nis" text NOT NULL,
	"kind" text NOT NULL,
	"floor_area_m2" double precision NOT NULL,
	"geometry" jsonb,
	"lon" double precision,
	"lat" double precision,
	"allowed_nace" text[],
	"availability" text NOT NULL,
	"availability_since" date,
	"available_from" date,
	"vacant_since" date,
	"transaction" text NOT NULL,
	"sale_price_per_m2_cents" bigint,
	"lease_price_per_m2_year_cents" bigint,
	"reuse" boolean DEFAULT false NOT NULL,
	"heat_network" boolean,
	"shared_solar" boolean,
	"green_roofs" boolean,
	"collective_rainwater" boolean,
	"shared_services" boolean,
	"park_management" boolean,
	"shared_transport" boolean,
	"motorway_km" double precision,
	"rail_km" double precision,
	"water_km" double precision,
	"public_transport_km" double precision,
	"bike_route" boolean,
	"grid_capacity_kva" double precision,
	"owner_organisation_id" uuid,
	"conf_owner_name" text,
	"conf_notes" text DEFAULT '' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_premises_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "retail_campaign_merchants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"merchant_name" text NOT NULL,
	"premises_id" uuid,
	"organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retail_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"municipality_nis" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retail_campaigns_period_ck" CHECK ("retail_campaigns"."starts_on" <= "retail_campaigns"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "retail_cores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_nis" text NOT NULL,
	"name" text NOT NULL,
	"contour" jsonb,
	"description" text DEFAULT '' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retail_premises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"core_id" uuid NOT NULL,
	"address" text NOT NULL,
	"status" text NOT NULL,
	"vacant_since" date,
	"sector" text NOT NULL,
	"floor_area_m2" double precision,
	"occupant_name" text DEFAULT '' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retail_premises_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "retail_premises_status_changes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"premises_id" uuid NOT NULL,
	"status" text NOT NULL,
	"sector" text NOT NULL,
	"effective_date" date NOT NULL,
	"changed_by" uuid,
	"changed_by_label" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "space_demands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"posted_by" uuid,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"transaction" text NOT NULL,
	"area_min_m2" double precision NOT NULL,
	"area_max_m2" double precision NOT NULL,
	"municipalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"max_motorway_km" double precision,
	"max_rail_km" double precision,
	"max_water_km" double precision,
	"needed_from" date,
	"grid_capacity_kva" double precision,
	"activity_nace" text NOT NULL,
	"max_price_per_m2_cents" bigint,
	"max_total_cents" bigint,
	"wish_heat_network" boolean DEFAULT false NOT NULL,
	"wish_shared_solar" boolean DEFAULT false NOT NULL,
	"wish_water_management" boolean DEFAULT false NOT NULL,
	"wish_shared_services" boolean DEFAULT false NOT NULL,
	"wish_park_management" boolean DEFAULT false NOT NULL,
	"wishes_text" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"close_reason" text DEFAULT '' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_demands_area_ck" CHECK ("space_demands"."area_min_m2" > 0 and "space_demands"."area_min_m2" <= "space_demands"."area_max_m2")
);
--> statement-breakpoint
CREATE TABLE "space_introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demand_id" uuid NOT NULL,
	"parcel_id" uuid,
	"premises_id" uuid,
	"stage" text DEFAULT 'suggested' NOT NULL,
	"suggested_on" date NOT NULL,
	"visit_on" date,
	"option_on" date,
	"deal_on" date,
	"dropped_on" date,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_introductions_item_ck" CHECK ((parcel_id is null) <> (premises_id is null))
);
--> statement-breakpoint
CREATE TABLE "space_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demand_id" uuid NOT NULL,
	"parcel_id" uuid,
	"premises_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"excluded" boolean DEFAULT false NOT NULL,
	"score" integer,
	"rank" integer,
	"points" double precision,
	"max_points" double precision,
	"criteria" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"exclusions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"first_suggested_at" timestamp with time zone,
	"notified_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_suggestions_item_ck" CHECK ((parcel_id is null) <> (premises_id is null))
);
--> statement-breakpoint
ALTER TABLE "space_brownfields" ADD CONSTRAINT "space_brownfields_municipality_nis_municipalities_nis_fk" FOREIGN KEY ("municipality_nis") REFERENCES "public"."municipalities"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_brownfields" ADD CONSTRAINT "space_brownfields_park_id_space_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."space_parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_brownfields" ADD CONSTRAINT "space_brownfields_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_documents" ADD CONSTRAINT "space_documents_park_id_space_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."space_parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_documents" ADD CONSTRAINT "space_documents_parcel_id_space_parcels_id_fk" FOREIGN KEY ("parcel_id") REFERENCES "public"."space_parcels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_documents" ADD CONSTRAINT "space_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_parcels" ADD CONSTRAINT "space_parcels_park_id_space_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."space_parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_parcels" ADD CONSTRAINT "space_parcels_municipality_nis_municipalities_nis_fk" FOREIGN KEY ("municipality_nis") REFERENCES "public"."municipalities"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_parcels" ADD CONSTRAINT "space_parcels_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_parcels" ADD CONSTRAINT "space_parcels_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_parks" ADD CONSTRAINT "space_parks_municipality_nis_municipalities_nis_fk" FOREIGN KEY ("municipality_nis") REFERENCES "public"."municipalities"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_parks" ADD CONSTRAINT "space_parks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_premises" ADD CONSTRAINT "space_premises_park_id_space_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."space_parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_premises" ADD CONSTRAINT "space_premises_parcel_id_space_parcels_id_fk" FOREIGN KEY ("parcel_id") REFERENCES "public"."space_parcels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_premises" ADD CONSTRAINT "space_premises_municipality_nis_municipalities_nis_fk" FOREIGN KEY ("municipality_nis") REFERENCES "public"."municipalities"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_premises" ADD CONSTRAINT "space_premises_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_premises" ADD CONSTRAINT "space_premises_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retail_campaign_merchants" ADD CONSTRAINT "retail_campaign_merchants_campaign_id_retail_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."retail_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retail_campaign_merchants" ADD CONSTRAINT "retail_campaign_merchants_premises_id_retail_premises_id_fk" FOREIGN KEY ("premises_id") REFERENCES "public"."retail_premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retail_campaign_merchants" ADD CONSTRAINT "retail_campaign_merchants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retail_premises" ADD CONSTRAINT "retail_premises_core_id_retail_cores_id_fk" FOREIGN KEY ("core_id") REFERENCES "public"."retail_cores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retail_premises_status_changes" ADD CONSTRAINT "retail_premises_status_changes_premises_id_retail_premises_id_fk" FOREIGN KEY ("premises_id") REFERENCES "public"."retail_premises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retail_premises_status_changes" ADD CONSTRAINT "retail_premises_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_demands" ADD CONSTRAINT "space_demands_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_demands" ADD CONSTRAINT "space_demands_posted_by_users_id_fk" FOREIGN KEY ("posted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_introductions" ADD CONSTRAINT "space_introductions_demand_id_space_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."space_demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_introductions" ADD CONSTRAINT "space_introductions_parcel_id_space_parcels_id_fk" FOREIGN KEY ("parcel_id") REFERENCES "public"."space_parcels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_introductions" ADD CONSTRAINT "space_introductions_premises_id_space_premises_id_fk" FOREIGN KEY ("premises_id") REFERENCES "public"."space_premises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_introductions" ADD CONSTRAINT "space_introductions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_introductions" ADD CONSTRAINT "space_introductions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_suggestions" ADD CONSTRAINT "space_suggestions_demand_id_space_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."space_demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_suggestions" ADD CONSTRAINT "space_suggestions_parcel_id_space_parcels_id_fk" FOREIGN KEY ("parcel_id") REFERENCES "public"."space_parcels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_suggestions" ADD CONSTRAINT "space_suggestions_premises_id_space_premises_id_fk" FOREIGN KEY ("premises_id") REFERENCES "public"."space_premises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "space_brownfields_municipality_idx" ON "space_brownfields" USING btree ("municipality_nis");--> statement-breakpoint
CREATE INDEX "space_documents_park_idx" ON "space_documents" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "space_documents_parcel_idx" ON "space_documents" USING btree ("parcel_id");--> statement-breakpoint
CREATE INDEX "space_parcels_park_idx" ON "space_parcels" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "space_parcels_municipality_idx" ON "space_parcels" USING btree ("municipality_nis","availability");--> statement-breakpoint
CREATE INDEX "space_parcels_activated_idx" ON "space_parcels" USING btree ("activated_on");--> statement-breakpoint
CREATE INDEX "space_parcels_bbox_idx" ON "space_parcels" USING btree ("min_lon","max_lon","min_lat","max_lat");--> statement-breakpoint
CREATE INDEX "space_parks_municipality_idx" ON "space_parks" USING btree ("municipality_nis");--> statement-breakpoint
CREATE INDEX "space_parks_bbox_idx" ON "space_parks" USING btree ("min_lon","max_lon","min_lat","max_lat");--> statement-breakpoint
CREATE INDEX "space_premises_park_idx" ON "space_premises" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "space_premises_parcel_idx" ON "space_premises" USING btree ("parcel_id");--> statement-breakpoint
CREATE INDEX "space_premises_municipality_idx" ON "space_premises" USING btree ("municipality_nis","availability");--> statement-breakpoint
CREATE UNIQUE INDEX "retail_campaign_merchants_uq" ON "retail_campaign_merchants" USING btree ("campaign_id","merchant_name");--> statement-breakpoint
CREATE INDEX "retail_campaigns_municipality_idx" ON "retail_campaigns" USING btree ("municipality_nis");--> statement-breakpoint
CREATE UNIQUE INDEX "retail_cores_name_uq" ON "retail_cores" USING btree ("municipality_nis","name");--> statement-breakpoint
CREATE INDEX "retail_cores_municipality_idx" ON "retail_cores" USING btree ("municipality_nis");--> statement-breakpoint
CREATE UNIQUE INDEX "retail_premises_address_uq" ON "retail_premises" USING btree ("core_id","address");--> statement-breakpoint
CREATE INDEX "retail_premises_core_idx" ON "retail_premises" USING btree ("core_id","status");--> statement-breakpoint
CREATE INDEX "retail_premises_status_changes_idx" ON "retail_premises_status_changes" USING btree ("premises_id","effective_date");--> statement-breakpoint
CREATE INDEX "space_demands_organisation_idx" ON "space_demands" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "space_demands_status_idx" ON "space_demands" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "space_introductions_parcel_uq" ON "space_introductions" USING btree ("demand_id","parcel_id") WHERE parcel_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "space_introductions_premises_uq" ON "space_introductions" USING btree ("demand_id","premises_id") WHERE premises_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "space_suggestions_parcel_uq" ON "space_suggestions" USING btree ("demand_id","parcel_id") WHERE parcel_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "space_suggestions_premises_uq" ON "space_suggestions" USING btree ("demand_id","premises_id") WHERE premises_id is not null;--> statement-breakpoint
CREATE INDEX "space_suggestions_parcel_idx" ON "space_suggestions" USING btree ("parcel_id");--> statement-breakpoint
CREATE INDEX "space_suggestions_premises_idx" ON "space_suggestions" USING btree ("premises_id");