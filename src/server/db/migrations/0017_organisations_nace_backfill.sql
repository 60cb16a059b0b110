-- Every prefix of every NACE code in a list ("62010" gives 6, 62, 620, 6201, 62010), sorted and without
-- duplicates: what organisations.nace_codes holds, so that a NACE filter by code or prefix is one GIN lookup.
CREATE OR REPLACE FUNCTION koers_nace_prefixes(codes text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT left(d, n) ORDER BY left(d, n)), '{}'::text[])
  FROM (SELECT replace(c, '.', '') AS d FROM unnest(codes) AS c) AS x, generate_series(1, length(x.d)) AS n
  WHERE x.d ~ '^[0-9]+$'
$$;
--> statement-breakpoint
-- Backfill: the KBO activities (NACE 2008 and 2025) of the enterprise and of its establishments, and the hand-made ones.
UPDATE organisations o SET nace_codes = x.codes
FROM (
  SELECT o2.id, koers_nace_prefixes(array(
    SELECT a.nace_code FROM kbo_activity a WHERE a.entity_number = o2.kbo_key AND a.nace_version IN ('2008', '2025')
    UNION ALL
    SELECT a.nace_code FROM kbo_establishment es JOIN kbo_activity a ON a.entity_number = es.establishment_number
    WHERE es.enterprise_number = o2.kbo_key AND a.nace_version IN ('2008', '2025')
    UNION ALL
    SELECT m.nace_code FROM organisation_activities m WHERE m.organisation_id = o2.id)) AS codes
  FROM organisations o2
) x
WHERE o.id = x.id AND o.nace_codes IS DISTINCT FROM x.codes;
