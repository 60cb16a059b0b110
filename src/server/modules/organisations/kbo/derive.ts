import type { ImportConn } from "./conn.js";

/** Which tables to read KBO rows from: the staging copies (full import, before the swap) or the live ones (update). */
export interface DeriveSource {
  enterprise: string;
  establishment: string;
  denomination: string;
  address: string;
  code: string;
  activity: string;
  /** A table with one column enterprise_number limiting the work to those enterprises; absent = all. */
  only?: string;
}

export interface DeriveResult {
  inserted: number;
  updated: number;
  deactivated: number;
}

/**
 * KBO-derived fields of the registry and the name of the hand-edit that protects each of them: a
 * field listed in organisations.overridden is never written by the import.
 */
const FIELDS: [column: string, overrideKey: string][] = [
  ["name", "name"],
  ["alt_names", "name"],
  ["legal_form", "legal_form"],
  ["legal_form_label", "legal_form"],
  ["start_date", "start_date"],
  ["street", "address"],
  ["house_number", "address"],
  ["box", "address"],
  ["postcode", "address"],
  ["place", "address"],
  ["municipality_nis", "address"],
  ["establishment_nis", "establishments"],
];

const kept = (col: string, key: string) => `case when '${key}' = any(organisations.overridden) then organisations.${col} else excluded.${col} end`;

/**
 * Creates or refreshes the registry rows of the enterprises in the source: name (the Dutch name of
 * type 001 where there is one, else any name), legal form, start date, seat address, the Limburg
 * municipalities of its establishments, and the NACE filter codes (nace_codes). Hand-made fields (kind, size figures, relations, demo) and
 * hand-edited fields are left as they are; unchanged rows are not rewritten.
 */
export async function deriveOrganisations(conn: ImportConn, s: DeriveSource): Promise<DeriveResult> {
  const only = s.only ? `join ${s.only} o on o.enterprise_number = e.enterprise_number` : "";
  const sql = `
    with src as (
      select e.enterprise_number as k, e.juridical_form, e.start_date from ${s.enterprise} e ${only}
    ),
    names as (
      select distinct on (d.entity_number) d.entity_number as k, d.denomination
      from ${s.denomination} d join src on src.k = d.entity_number
      where coalesce(d.denomination, '') <> ''
      order by d.entity_number, (d.type_of_denomination = '001') desc, (d.language = '2') desc, d.type_of_denomination, d.language, d.denomination
    ),
    alts as (
      select d.entity_number as k, string_agg(distinct d.denomination, ' | ' order by d.denomination) as alt
      from ${s.denomination} d join names n on n.k = d.entity_number
      where coalesce(d.denomination, '') <> '' and d.denomination <> n.denomination
      group by d.entity_number
    ),
    seat as (
      select distinct on (a.entity_number) a.entity_number as k, coalesce(a.street_nl, a.street_fr) as street, a.house_number, a.box,
        a.zipcode, coalesce(a.municipality_nl, a.municipality_fr) as place
      from ${s.address} a join src on src.k = a.entity_number
      where a.type_of_address = 'REGO'
      order by a.entity_number, a.date_striking_off nulls first
    ),
    est as (
      select es.enterprise_number as k, array_agg(distinct p.municipality_nis order by p.municipality_nis) as nis
      from ${s.establishment} es join src on src.k = es.enterprise_number
      join ${s.address} a on a.entity_number = es.establishment_number
      join postcodes p on p.postcode = a.zipcode
      group by es.enterprise_number
    ),
    forms as (select code, description from ${s.code} where category = 'JuridicalForm' and language = 'NL'),
    -- organisations.nace_codes: every prefix of every NACE 2008/2025 code of the enterprise, of its establishments and
    -- of the registry row's hand-made activities, sorted (as koers_nace_prefixes gives it), set-based and written in
    -- the same row write as the other fields.
    -- one pass over the activities: each row's entity is the enterprise itself or one of its establishments
    owners as (
      select src.k as entity, src.k from src
      union all
      select es.establishment_number, es.enterprise_number from ${s.establishment} es join src on src.k = es.enterprise_number
    ),
    acts as (
      select o.k, a.nace_code as code from ${s.activity} a join owners o on o.entity = a.entity_number
      where a.nace_version in ('2008', '2025')
      union all
      select src.k, replace(m.nace_code, '.', '') from src join organisations r on r.enterprise_number = replace(src.k, '.', '')
      join organisation_activities m on m.organisation_id = r.id
    ),
    -- distinct codes per enterprise first (one enterprise repeats a code per activity group, version and
    -- establishment), then each enterprise's prefixes from its own few codes: at the Belgian volume that sorts
    -- 9 M (enterprise, code) pairs instead of 45 M (enterprise, prefix) rows, which spilled 1.5 GB to disk.
    codes as (select k, array_agg(code) as codes from (select k, code from acts where code ~ '^[0-9]+$' group by k, code) g group by k),
    nace as (select k, array(select distinct left(c, n) from unnest(codes) c, generate_series(1, length(c)) n order by 1) as codes from codes),
    up as (
      insert into organisations as organisations (kind, enterprise_number, name, alt_names, legal_form, legal_form_label, start_date,
        street, house_number, box, postcode, place, municipality_nis, establishment_nis, nace_codes, source, kbo_active, kbo_synced_at)
      select case when src.juridical_form = '124' then 'public_body' else 'company' end,
        replace(src.k, '.', ''), coalesce(n.denomination, src.k), coalesce(alts.alt, ''), src.juridical_form, f.description, src.start_date,
        seat.street, seat.house_number, nullif(seat.box, ''), seat.zipcode, seat.place, p.municipality_nis, coalesce(est.nis, '{}'::text[]),
        coalesce(nace.codes, '{}'::text[]), 'kbo', true, now()
      from src
      left join names n on n.k = src.k
      left join alts on alts.k = src.k
      left join seat on seat.k = src.k
      left join postcodes p on p.postcode = seat.zipcode
      left join est on est.k = src.k
      left join forms f on f.code = src.juridical_form
      left join nace on nace.k = src.k
      on conflict (enterprise_number) do update set
        ${FIELDS.map(([c, k]) => `${c} = ${kept(c, k)}`).join(",\n        ")},
        nace_codes = excluded.nace_codes,
        kbo_active = true, kbo_synced_at = now(), version = organisations.version + 1, updated_at = now()
      where not organisations.kbo_active or organisations.nace_codes is distinct from excluded.nace_codes
        or (${FIELDS.map(([c]) => `organisations.${c}`).join(", ")}) is distinct from (${FIELDS.map(([c, k]) => kept(c, k)).join(", ")})
      returning (xmax = 0) as inserted
    )
    select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated from up`;
  const [r] = await conn.query<{ inserted: number; updated: number }>(sql);

  // Registry rows whose enterprise is no longer in the data (stopped, or moved out of the scope).
  const gone = s.only
    ? `kbo_key in (select enterprise_number from ${s.only}) and not exists (select 1 from ${s.enterprise} e where e.enterprise_number = organisations.kbo_key)`
    : `kbo_key is not null and not exists (select 1 from ${s.enterprise} e where e.enterprise_number = organisations.kbo_key)`;
  const deactivated = await conn.query<{ n: number }>(
    // Their KBO activities are gone with them: the NACE filter keeps only their hand-made codes (most have none:
    // the empty list without a call per row, which a Limburg import makes for 1.7 M organisations outside it).
    `with d as (update organisations set kbo_active = false, version = version + 1, updated_at = now(),
         nace_codes = case when exists (select 1 from organisation_activities m where m.organisation_id = organisations.id)
           then koers_nace_prefixes(array(select m.nace_code from organisation_activities m where m.organisation_id = organisations.id))
           else '{}'::text[] end
       where kbo_active and ${gone} returning 1) select count(*)::int as n from d`,
  );
  return { inserted: Number(r.inserted), updated: Number(r.updated), deactivated: Number(deactivated[0].n) };
}
