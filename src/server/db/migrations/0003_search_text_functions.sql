-- unaccent() is only STABLE (it looks its dictionary up by name), so it cannot be used in an index
-- or a generated column. These wrappers name the dictionary explicitly and are declared IMMUTABLE,
-- which is the documented way to index accent-insensitive text.
CREATE OR REPLACE FUNCTION koers_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
-- The form names are compared in: accents removed, lower case, runs of spaces collapsed.
CREATE OR REPLACE FUNCTION koers_search_key(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '\s+', ' ', 'g')) $$;
