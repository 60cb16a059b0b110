CREATE TABLE "support_interactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"people" text DEFAULT '' NOT NULL,
	"contact_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"confidential" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid,
	"recorded_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"field" text NOT NULL,
	"value" numeric NOT NULL,
	"date" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"description_nl" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"section" text NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"outcome_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_programmes_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "support_stage_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "support_stage_changes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"trajectory_id" uuid NOT NULL,
	"from_stage_id" uuid,
	"to_stage_id" uuid NOT NULL,
	"effective_date" date NOT NULL,
	"moved_by" uuid,
	"moved_by_label" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer NOT NULL,
	"success" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_date" date NOT NULL,
	"owner_id" uuid NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_trajectories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"owner_id" uuid,
	"start_date" date NOT NULL,
	"current_stage_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_date" date,
	"close_reason" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "support_interactions" ADD CONSTRAINT "support_interactions_trajectory_id_support_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."support_trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_interactions" ADD CONSTRAINT "support_interactions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_outcomes" ADD CONSTRAINT "support_outcomes_trajectory_id_support_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."support_trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_outcomes" ADD CONSTRAINT "support_outcomes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_stage_changes" ADD CONSTRAINT "support_stage_changes_trajectory_id_support_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."support_trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_stage_changes" ADD CONSTRAINT "support_stage_changes_from_stage_id_support_stages_id_fk" FOREIGN KEY ("from_stage_id") REFERENCES "public"."support_stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_stage_changes" ADD CONSTRAINT "support_stage_changes_to_stage_id_support_stages_id_fk" FOREIGN KEY ("to_stage_id") REFERENCES "public"."support_stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_stage_changes" ADD CONSTRAINT "support_stage_changes_moved_by_users_id_fk" FOREIGN KEY ("moved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_stages" ADD CONSTRAINT "support_stages_programme_id_support_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."support_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tasks" ADD CONSTRAINT "support_tasks_trajectory_id_support_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."support_trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tasks" ADD CONSTRAINT "support_tasks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tasks" ADD CONSTRAINT "support_tasks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tasks" ADD CONSTRAINT "support_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_trajectories" ADD CONSTRAINT "support_trajectories_programme_id_support_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."support_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_trajectories" ADD CONSTRAINT "support_trajectories_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_trajectories" ADD CONSTRAINT "support_trajectories_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_trajectories" ADD CONSTRAINT "support_trajectories_current_stage_id_support_stages_id_fk" FOREIGN KEY ("current_stage_id") REFERENCES "public"."support_stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "support_interactions_trajectory_idx" ON "support_interactions" USING btree ("trajectory_id","date");--> statement-breakpoint
CREATE INDEX "support_outcomes_trajectory_idx" ON "support_outcomes" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "support_outcomes_field_date_idx" ON "support_outcomes" USING btree ("field","date");--> statement-breakpoint
CREATE INDEX "support_stage_changes_trajectory_idx" ON "support_stage_changes" USING btree ("trajectory_id","effective_date","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "support_stages_code_uq" ON "support_stages" USING btree ("programme_id","code");--> statement-breakpoint
CREATE INDEX "support_tasks_trajectory_idx" ON "support_tasks" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "support_tasks_owner_open_idx" ON "support_tasks" USING btree ("owner_id","due_date") WHERE done_at is null;--> statement-breakpoint
CREATE INDEX "support_trajectories_programme_idx" ON "support_trajectories" USING btree ("programme_id","current_stage_id");--> statement-breakpoint
CREATE INDEX "support_trajectories_organisation_idx" ON "support_trajectories" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "support_trajectories_owner_idx" ON "support_trajectories" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "support_trajectories_open_uq" ON "support_trajectories" USING btree ("programme_id","organisation_id") WHERE status = 'open';