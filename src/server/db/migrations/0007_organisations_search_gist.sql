DROP INDEX "organisations_search_trgm";--> statement-breakpoint
CREATE INDEX "organisations_search_gist" ON "organisations" USING gist ("search_key" gist_trgm_ops);