DROP INDEX "organisations_search_key_prefix_idx";--> statement-breakpoint
CREATE INDEX "organisations_search_key_prefix_idx" ON "organisations" USING btree ("search_key" text_pattern_ops,"name","id");