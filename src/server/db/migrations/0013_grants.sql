CREATE TABLE "grant_application_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"contribution" text DEFAULT '' NOT NULL,
	"invited_by" uuid,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"decline_reason" text DEFAULT '' NOT NULL,
	"de_minimis_declared_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "grant_application_partners_role_ck" CHECK ("grant_application_partners"."role" in ('lead', 'partner')),
	CONSTRAINT "grant_application_partners_status_ck" CHECK ("grant_application_partners"."status" in ('invited', 'confirmed', 'declined'))
);
--> statement-breakpoint
CREATE TABLE "grant_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"reference" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"amount_requested_cents" bigint,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"language" text DEFAULT 'nl' NOT NULL,
	"applicant_snapshot" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text DEFAULT '' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_applications_reference_unique" UNIQUE("reference"),
	CONSTRAINT "grant_applications_language_ck" CHECK ("grant_applications"."language" in ('nl', 'en', 'fr', 'de')),
	CONSTRAINT "grant_applications_amount_ck" CHECK ("grant_applications"."amount_requested_cents" is null or "grant_applications"."amount_requested_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "grant_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"field_key" text,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grant_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"envelope_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"description_nl" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"rules" jsonb NOT NULL,
	"form" jsonb NOT NULL,
	"rubric" jsonb NOT NULL,
	"max_attachments" integer DEFAULT 10 NOT NULL,
	"max_attachment_bytes" integer DEFAULT 10485760 NOT NULL,
	"allowed_attachment_types" text[] DEFAULT '{application/pdf}'::text[] NOT NULL,
	"last_application_number" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_calls_code_unique" UNIQUE("code"),
	CONSTRAINT "grant_calls_status_ck" CHECK ("grant_calls"."status" in ('draft', 'published', 'closed')),
	CONSTRAINT "grant_calls_window_ck" CHECK ("grant_calls"."closes_at" > "grant_calls"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "grant_de_minimis_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"granting_authority" text NOT NULL,
	"aid_date" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"regulation" text DEFAULT '2023/2831' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"declared_by" uuid,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_de_minimis_declarations_amount_ck" CHECK ("grant_de_minimis_declarations"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "grant_envelopes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount_cents" bigint NOT NULL,
	"committed_cents" bigint DEFAULT 0 NOT NULL,
	"paid_cents" bigint DEFAULT 0 NOT NULL,
	"recovered_cents" bigint DEFAULT 0 NOT NULL,
	"recoveries_replenish" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_envelopes_amounts_ck" CHECK ("grant_envelopes"."amount_cents" >= 0 and "grant_envelopes"."committed_cents" >= 0 and "grant_envelopes"."paid_cents" >= 0 and "grant_envelopes"."recovered_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "grant_funds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"description_nl" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"funding_source" text NOT NULL,
	"instrument" text DEFAULT 'grant' NOT NULL,
	"repayable_advance_allowed" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"section" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_funds_code_unique" UNIQUE("code"),
	CONSTRAINT "grant_funds_instrument_ck" CHECK ("grant_funds"."instrument" in ('grant', 'repayable_advance'))
);
--> statement-breakpoint
CREATE TABLE "grant_information_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"question" text NOT NULL,
	"asked_by" uuid,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_date" date,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "grant_application_partners" ADD CONSTRAINT "grant_application_partners_application_id_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."grant_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_application_partners" ADD CONSTRAINT "grant_application_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_application_partners" ADD CONSTRAINT "grant_application_partners_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_application_partners" ADD CONSTRAINT "grant_application_partners_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_applications" ADD CONSTRAINT "grant_applications_call_id_grant_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."grant_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_applications" ADD CONSTRAINT "grant_applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_applications" ADD CONSTRAINT "grant_applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_applications" ADD CONSTRAINT "grant_applications_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_attachments" ADD CONSTRAINT "grant_attachments_application_id_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."grant_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_attachments" ADD CONSTRAINT "grant_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_calls" ADD CONSTRAINT "grant_calls_fund_id_grant_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."grant_funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_calls" ADD CONSTRAINT "grant_calls_envelope_id_grant_envelopes_id_fk" FOREIGN KEY ("envelope_id") REFERENCES "public"."grant_envelopes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_calls" ADD CONSTRAINT "grant_calls_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_calls" ADD CONSTRAINT "grant_calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_de_minimis_declarations" ADD CONSTRAINT "grant_de_minimis_declarations_application_id_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."grant_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_de_minimis_declarations" ADD CONSTRAINT "grant_de_minimis_declarations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_de_minimis_declarations" ADD CONSTRAINT "grant_de_minimis_declarations_declared_by_users_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_envelopes" ADD CONSTRAINT "grant_envelopes_fund_id_grant_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."grant_funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_information_requests" ADD CONSTRAINT "grant_information_requests_application_id_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."grant_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_information_requests" ADD CONSTRAINT "grant_information_requests_asked_by_users_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_information_requests" ADD CONSTRAINT "grant_information_requests_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "grant_application_partners_uq" ON "grant_application_partners" USING btree ("application_id","organisation_id");--> statement-breakpoint
CREATE INDEX "grant_application_partners_organisation_idx" ON "grant_application_partners" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "grant_applications_call_idx" ON "grant_applications" USING btree ("call_id","status");--> statement-breakpoint
CREATE INDEX "grant_applications_organisation_idx" ON "grant_applications" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "grant_attachments_application_idx" ON "grant_attachments" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "grant_calls_fund_idx" ON "grant_calls" USING btree ("fund_id");--> statement-breakpoint
CREATE INDEX "grant_calls_status_idx" ON "grant_calls" USING btree ("status","closes_at");--> statement-breakpoint
CREATE INDEX "grant_de_minimis_declarations_application_idx" ON "grant_de_minimis_declarations" USING btree ("application_id","organisation_id");--> statement-breakpoint
CREATE INDEX "grant_de_minimis_declarations_organisation_idx" ON "grant_de_minimis_declarations" USING btree ("organisation_id","aid_date");--> statement-breakpoint
CREATE UNIQUE INDEX "grant_envelopes_fund_year_uq" ON "grant_envelopes" USING btree ("fund_id","year");--> statement-breakpoint
CREATE INDEX "grant_information_requests_application_idx" ON "grant_information_requests" USING btree ("application_id","asked_at");