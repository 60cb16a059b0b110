CREATE TABLE "grant_awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text DEFAULT 'lead' NOT NULL,
	"amount_cents" bigint NOT NULL,
	"grant_date" date NOT NULL,
	"instrument" text NOT NULL,
	"de_minimis" boolean NOT NULL,
	"regulation" text DEFAULT '2023/2831' NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_awards_amount_ck" CHECK ("grant_awards"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "grant_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"amount_cents" bigint,
	"decision_date" date NOT NULL,
	"reasons" text NOT NULL,
	"conditions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tranches" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"shares" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"instrument" text DEFAULT 'grant' NOT NULL,
	"de_minimis" boolean DEFAULT false NOT NULL,
	"repayment_plan" jsonb,
	"override_reason" text,
	"overridden_rules" text[] DEFAULT '{}'::text[] NOT NULL,
	"eligibility_check_id" uuid,
	"envelope_id" uuid,
	"letter_language" text DEFAULT 'nl' NOT NULL,
	"letter_fell_back" boolean DEFAULT false NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_decisions_outcome_ck" CHECK ("grant_decisions"."outcome" in ('approved', 'refused')),
	CONSTRAINT "grant_decisions_amount_ck" CHECK (("grant_decisions"."outcome" = 'refused' and "grant_decisions"."amount_cents" is null) or ("grant_decisions"."outcome" = 'approved' and "grant_decisions"."amount_cents" > 0))
);
--> statement-breakpoint
CREATE TABLE "grant_eligibility_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"passed" boolean NOT NULL,
	"result" jsonb NOT NULL,
	"computed_by" uuid,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grant_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"envelope_id" uuid NOT NULL,
	"tranche_number" integer NOT NULL,
	"amount_cents" bigint NOT NULL,
	"iban" text NOT NULL,
	"paid_on" date NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_payments_amount_ck" CHECK ("grant_payments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "grant_recoveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"on_date" date NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_recoveries_kind_ck" CHECK ("grant_recoveries"."kind" in ('ordered', 'received')),
	CONSTRAINT "grant_recoveries_amount_ck" CHECK ("grant_recoveries"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "grant_repayments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"paid_on" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_repayments_amount_ck" CHECK ("grant_repayments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "grant_review_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"declared_at" timestamp with time zone,
	"conflict_note" text DEFAULT '' NOT NULL,
	"scores" jsonb,
	"scored_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "grant_review_assignments_status_ck" CHECK ("grant_review_assignments"."status" in ('assigned', 'declared', 'conflict', 'scored'))
);
--> statement-breakpoint
ALTER TABLE "grant_awards" ADD CONSTRAINT "grant_awards_decision_id_grant_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."grant_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_awards" ADD CONSTRAINT "grant_awards_application_id_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."grant_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_awards" ADD CONSTRAINT "grant_awards_call_id_grant_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."grant_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_awards" ADD CONSTRAINT "grant_awards_fund_id_grant_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."grant_funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_awards" ADD CONSTRAINT "grant_awards_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_decisions" ADD CONSTRAINT "grant_decisions_application_id_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."grant_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_decisions" ADD CONSTRAINT "grant_decisions_eligibility_check_id_grant_eligibility_checks_id_fk" FOREIGN KEY ("eligibility_check_id") REFERENCES "public"."grant_eligibility_checks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_decisions" ADD CONSTRAINT "grant_decisions_envelope_id_grant_envelopes_id_fk" FOREIGN KEY ("envelope_id") REFERENCES "public"."grant_envelopes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_decisions" ADD CONSTRAINT "grant_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_eligibility_checks" ADD CONSTRAINT "grant_eligibility_checks_application_id_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."grant_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_eligibility_checks" ADD CONSTRAINT "grant_eligibility_checks_computed_by_users_id_fk" FOREIGN KEY ("computed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_payments" ADD CONSTRAINT "grant_payments_application_id_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."grant_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_payments" ADD CONSTRAINT "grant_payments_envelope_id_grant_envelopes_id_fk" FOREIGN KEY ("envelope_id") REFERENCES "public"."grant_envelopes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_payments" ADD CONSTRAINT "grant_payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_recoveries" ADD CONSTRAINT "grant_recoveries_application_id_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."grant_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_recoveries" ADD CONSTRAINT "grant_recoveries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_repayments" ADD CONSTRAINT "grant_repayments_application_id_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."grant_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_repayments" ADD CONSTRAINT "grant_repayments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_review_assignments" ADD CONSTRAINT "grant_review_assignments_application_id_grant_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."grant_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_review_assignments" ADD CONSTRAINT "grant_review_assignments_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_review_assignments" ADD CONSTRAINT "grant_review_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "grant_awards_decision_organisation_uq" ON "grant_awards" USING btree ("decision_id","organisation_id");--> statement-breakpoint
CREATE INDEX "grant_awards_organisation_idx" ON "grant_awards" USING btree ("organisation_id","grant_date");--> statement-breakpoint
CREATE INDEX "grant_awards_fund_idx" ON "grant_awards" USING btree ("fund_id","grant_date");--> statement-breakpoint
CREATE UNIQUE INDEX "grant_decisions_application_uq" ON "grant_decisions" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "grant_eligibility_checks_application_idx" ON "grant_eligibility_checks" USING btree ("application_id","computed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "grant_payments_tranche_uq" ON "grant_payments" USING btree ("application_id","tranche_number");--> statement-breakpoint
CREATE INDEX "grant_recoveries_application_idx" ON "grant_recoveries" USING btree ("application_id","on_date");--> statement-breakpoint
CREATE INDEX "grant_repayments_application_idx" ON "grant_repayments" USING btree ("application_id","paid_on");--> statement-breakpoint
CREATE UNIQUE INDEX "grant_review_assignments_uq" ON "grant_review_assignments" USING btree ("application_id","reviewer_id");--> statement-breakpoint
CREATE INDEX "grant_review_assignments_reviewer_idx" ON "grant_review_assignments" USING btree ("reviewer_id","status");