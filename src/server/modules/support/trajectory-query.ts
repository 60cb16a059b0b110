import { sql, type SQL } from "drizzle-orm";
import type { TrajectoryListQuery } from "../../../contracts/support.js";
import type { Ctx } from "../../platform/context.js";
import { normaliseEnterpriseNumber } from "../organisations/index.js";
import { scopeSql } from "./policies.js";

/** Word similarity a misspelt organisation name must reach (the registry's search uses the same). */
const WORD_SIMILARITY = 0.45;

export type TrajectoryFilters = Pick<TrajectoryListQuery, "programme" | "stage" | "owner" | "organisation" | "municipality" | "status" | "q">;

/** The where-clause of a trajectory query (tables aliased t, p, s, o as in TRAJECTORY_FROM), within the actor's scope. */
export function trajectoryWhere(ctx: Ctx, f: TrajectoryFilters): SQL {
  const parts: SQL[] = [scopeSql(ctx.actor)];
  if (f.programme) parts.push(sql`p.code = ${f.programme}`);
  if (f.stage) parts.push(sql`s.code = ${f.stage}`);
  if (f.owner) {
    const ownerId = f.owner === "me" ? (ctx.actor.kind === "user" ? ctx.actor.userId : null) : f.owner;
    parts.push(ownerId ? sql`t.owner_id = ${ownerId}::uuid` : sql`false`);
  }
  if (f.organisation) parts.push(sql`t.organisation_id = ${f.organisation}::uuid`);
  if (f.municipality) parts.push(sql`o.municipality_nis = ${f.municipality}`);
  if (f.status) parts.push(sql`t.status = ${f.status}`);
  const q = f.q?.trim();
  if (q) {
    const number = normaliseEnterpriseNumber(q);
    parts.push(sql`(
      strpos(o.search_key, koers_search_key(${q})) > 0
      or word_similarity(koers_search_key(${q}), o.search_key) >= ${WORD_SIMILARITY}
      ${number ? sql`or o.enterprise_number = ${number}` : sql``})`);
  }
  return sql.join(parts, sql` and `);
}

const ORDER: Record<string, SQL> = {
  "-updated": sql`t.updated_at desc`,
  updated: sql`t.updated_at asc`,
  "-start_date": sql`t.start_date desc`,
  start_date: sql`t.start_date asc`,
  organisation: sql`lower(o.name) asc`,
  "-organisation": sql`lower(o.name) desc`,
  stage: sql`p.position asc, s.position asc`,
  "-stage": sql`p.position asc, s.position desc`,
};

export function trajectoryOrder(sort: string): SQL {
  return sql`${ORDER[sort] ?? ORDER["-updated"]}, t.id`;
}
