CREATE TABLE "indicator_series" (
	"indicator_id" uuid NOT NULL,
	"period_date" date NOT NULL,
	"value" numeric NOT NULL,
	"basis" text NOT NULL,
	"municipalities" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicator_series_indicator_id_period_date_pk" PRIMARY KEY("indicator_id","period_date")
);
--> statement-breakpoint
ALTER TABLE "indicator_series" ADD CONSTRAINT "indicator_series_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measurements_municipality_idx" ON "measurements" USING btree ("municipality_nis","indicator_id","period_date") WHERE "measurements"."superseded_at" is null;