CREATE TABLE "organisation_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"merged_id" uuid NOT NULL,
	"survivor_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"merged_by" text NOT NULL,
	"merged_by_user_id" uuid,
	"snapshot" jsonb NOT NULL,
	"moved" jsonb NOT NULL,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "merged_into" uuid;--> statement-breakpoint
ALTER TABLE "organisation_merges" ADD CONSTRAINT "organisation_merges_merged_id_organisations_id_fk" FOREIGN KEY ("merged_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_merges" ADD CONSTRAINT "organisation_merges_survivor_id_organisations_id_fk" FOREIGN KEY ("survivor_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_merges_merged_uq" ON "organisation_merges" USING btree ("merged_id");--> statement-breakpoint
CREATE INDEX "organisation_merges_survivor_idx" ON "organisation_merges" USING btree ("survivor_id");