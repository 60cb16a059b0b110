import type { ImportConn } from "./conn.js";
import { deriveOrganisations, type DeriveResult } from "./derive.js";
import { DELTA_TABLES, KBO_FILES, type KboTable } from "./format.js";
import type { Scope } from "./scope.js";
import { deleteTable, liveTable, stageTable } from "./stage.js";

const ENTERPRISE_KEY = "'^[0-9]{4}\\.[0-9]{3}\\.[0-9]{3}$'";

/** The column that ties a row of a delta table to an entity, and whether that entity is the enterprise itself. */
function entityColumn(t: KboTable): { column: string; viaEnterprise: boolean } {
  if (t === "enterprise") return { column: "enterprise_number", viaEnterprise: true };
  if (t === "establishment" || t === "branch") return { column: "enterprise_number", viaEnterprise: true };
  return { column: "entity_number", viaEnterprise: false };
}

export interface ApplyResult {
  deleted: Record<string, number>;
  inserted: Record<string, number>;
  affectedEnterprises: number;
  organisations: DeriveResult;
}

/**
 * Applies a staged update inside the caller's transaction: every delete first (the keys of the
 * delete files, and the keys the insert files bring back whole), then every insert, then the
 * registry rows of the enterprises it touched. Applying the same update twice gives the same data.
 */
export async function applyUpdate(tx: ImportConn, scope: Scope): Promise<ApplyResult> {
  // Fresh statistics, so that the planner probes the big live tables by index with these few keys.
  for (const t of DELTA_TABLES) {
    await tx.exec(`analyze ${stageTable(t)}`);
    await tx.exec(`analyze ${deleteTable(t)}`);
  }
  // Which enterprise every touched entity (enterprise, establishment, branch) belongs to, before anything is deleted.
  await tx.exec(`create temp table kbo_entity_map (entity text not null, enterprise_number text not null) on commit drop`);
  const touchedEnterprises = `select key as k from ${deleteTable("enterprise")} union select enterprise_number from ${stageTable("enterprise")}`;
  await tx.exec(`
    insert into kbo_entity_map
    select es.establishment_number, es.enterprise_number
      from (select key as k from ${deleteTable("establishment")} union select establishment_number from ${stageTable("establishment")}) x
      join kbo_establishment es on es.establishment_number = x.k
    union select es.establishment_number, es.enterprise_number from (${touchedEnterprises}) x join kbo_establishment es on es.enterprise_number = x.k
    union select establishment_number, enterprise_number from ${stageTable("establishment")}
    union select b.id, b.enterprise_number
      from (select key as k from ${deleteTable("branch")} union select id from ${stageTable("branch")}) x join kbo_branch b on b.id = x.k
    union select b.id, b.enterprise_number from (${touchedEnterprises}) x join kbo_branch b on b.enterprise_number = x.k
    union select id, enterprise_number from ${stageTable("branch")}`);
  const entityKeys = ["denomination", "address", "contact", "activity"]
    .flatMap((t) => [`select key as k from ${deleteTable(t as KboTable)}`, `select entity_number from ${stageTable(t as KboTable)}`])
    .join(" union ");
  await tx.exec(`
    insert into kbo_entity_map
    select es.establishment_number, es.enterprise_number from (${entityKeys}) x join kbo_establishment es on es.establishment_number = x.k
    union select b.id, b.enterprise_number from (${entityKeys}) x join kbo_branch b on b.id = x.k`);
  await tx.exec(`create temp table kbo_affected (enterprise_number text primary key) on commit drop`);
  await tx.exec(`
    insert into kbo_affected
    select distinct k from (
      select key as k from ${deleteTable("enterprise")}
      union select enterprise_number from ${stageTable("enterprise")}
      union select enterprise_number from kbo_entity_map
      union select k from (${entityKeys}) e where k ~ ${ENTERPRISE_KEY}
    ) x where k is not null`);

  // Every entity of the affected enterprises (live before the deletes, and staged).
  await tx.exec(`create temp table kbo_affected_entities on commit drop as
    select enterprise_number as entity, enterprise_number from kbo_affected
    union select entity, enterprise_number from kbo_entity_map
    union select establishment_number, enterprise_number from kbo_establishment where enterprise_number in (select enterprise_number from kbo_affected)
    union select id, enterprise_number from kbo_branch where enterprise_number in (select enterprise_number from kbo_affected)`);

  const deleted: Record<string, number> = {};
  const inserted: Record<string, number> = {};
  for (const t of DELTA_TABLES) {
    const key = KBO_FILES[t].key!.column;
    const r = await tx.query<{ n: number }>(
      `with d as (delete from ${liveTable(t)} where ${key} in (select key from ${deleteTable(t)} union select ${key} from ${stageTable(t)}) returning 1)
       select count(*)::int as n from d`,
    );
    deleted[t] = Number(r[0].n);
  }

  if (scope === "belgium") {
    for (const t of DELTA_TABLES) {
      const r = await tx.query<{ n: number }>(
        `with i as (insert into ${liveTable(t)} select * from ${stageTable(t)} returning 1) select count(*)::int as n from i`,
      );
      inserted[t] = Number(r[0].n);
    }
  } else {
    // Limburg keeps the affected enterprises with their seat or an establishment at a Limburg postcode.
    await tx.exec(`create temp table kbo_in_scope on commit drop as
      select distinct ae.enterprise_number from kbo_affected_entities ae
      join (select entity_number, type_of_address, country_nl, zipcode from kbo_address
            union all select entity_number, type_of_address, country_nl, zipcode from ${stageTable("address")}) ad
        on ad.entity_number = ae.entity
      where ad.type_of_address <> 'ABBR' and coalesce(ad.country_nl, '') = ''
        and ad.zipcode in (select p.postcode from postcodes p where p.municipality_nis like '7%')`);
    await tx.exec(`create temp table kbo_scope_entities on commit drop as
      select entity from kbo_affected_entities where enterprise_number in (select enterprise_number from kbo_in_scope)`);
    await tx.exec(`create temp table kbo_out_entities on commit drop as
      select entity, enterprise_number from kbo_affected_entities where enterprise_number not in (select enterprise_number from kbo_in_scope)`);
    for (const t of DELTA_TABLES) {
      const { column, viaEnterprise } = entityColumn(t);
      const within = viaEnterprise ? "select enterprise_number from kbo_in_scope" : "select entity from kbo_scope_entities";
      const r = await tx.query<{ n: number }>(
        `with i as (insert into ${liveTable(t)} select * from ${stageTable(t)} where ${column} in (${within}) returning 1) select count(*)::int as n from i`,
      );
      inserted[t] = Number(r[0].n);
    }
    // Enterprises the update moved out of Limburg: none of their rows stay.
    for (const t of DELTA_TABLES) {
      const { column, viaEnterprise } = entityColumn(t);
      const out = viaEnterprise ? "select enterprise_number from kbo_out_entities" : "select entity from kbo_out_entities";
      const r = await tx.query<{ n: number }>(
        `with d as (delete from ${liveTable(t)} where ${column} in (${out}) returning 1) select count(*)::int as n from d`,
      );
      deleted[t] += Number(r[0].n);
    }
  }

  for (const t of ["code", "meta"] as KboTable[]) {
    await tx.exec(`delete from ${liveTable(t)}`);
    await tx.exec(`insert into ${liveTable(t)} select * from ${stageTable(t)}`);
  }

  const affected = await tx.query<{ n: number }>("select count(*)::int as n from kbo_affected");
  const organisations = await deriveOrganisations(tx, {
    enterprise: "kbo_enterprise",
    establishment: "kbo_establishment",
    denomination: "kbo_denomination",
    address: "kbo_address",
    code: "kbo_code",
    activity: "kbo_activity",
    only: "kbo_affected",
  });
  return { deleted, inserted, affectedEnterprises: Number(affected[0].n), organisations };
}
