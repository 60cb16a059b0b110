CREATE TABLE "indicator_series_stats" (
	"indicator_id" uuid PRIMARY KEY NOT NULL,
	"points" integer NOT NULL,
	"sum_x" double precision NOT NULL,
	"sum_y" double precision NOT NULL,
	"sum_xx" double precision NOT NULL,
	"sum_xy" double precision NOT NULL,
	"first_point_date" date,
	"first_date" date,
	"first_value" numeric,
	"last_date" date,
	"last_value" numeric,
	"sparkline" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_series_stats" ADD CONSTRAINT "indicator_series_stats_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;