import { sql } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";

/**
 * Recomputes organisations.nace_codes (every prefix of every NACE 2008/2025 code of the organisation, of
 * its establishments in the KBO, and of its hand-made activities) for these organisations. A derived
 * column: it changes neither version nor updated_at. Called when a record is made (its
 * enterprise number may have KBO activities) or merged (activities move); the KBO import computes it in
 * bulk (kbo/derive.ts). A profile edit touches no activity.
 */
export async function refreshNaceCodes(ctx: Ctx, ids: string[]): Promise<void> {
  const list = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!list.length) return;
  await ctx.db.execute(sql`
    update organisations o set nace_codes = x.codes
    from (
      select o2.id, koers_nace_prefixes(array(
        select a.nace_code from kbo_activity a where a.entity_number = o2.kbo_key and a.nace_version in ('2008', '2025')
        union all
        select a.nace_code from kbo_establishment es join kbo_activity a on a.entity_number = es.establishment_number
        where es.enterprise_number = o2.kbo_key and a.nace_version in ('2008', '2025')
        union all
        select m.nace_code from organisation_activities m where m.organisation_id = o2.id)) as codes
      from organisations o2 where o2.id in (${sql.join(list.map((id) => sql`${id}::uuid`), sql`, `)})
    ) x
    where o.id = x.id and o.nace_codes is distinct from x.codes`);
}
