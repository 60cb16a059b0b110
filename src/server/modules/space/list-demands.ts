import { sql, type SQL } from "drizzle-orm";
import { DemandListQuery, type DemandPage } from "../../../contracts/space-demand.js";
import type { Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { DEMAND_COLUMNS, DEMAND_FROM, presentDemand, rows, type DemandRecord } from "./demand-repo.js";
import { demandScope, requireDemandReader } from "./demand-policies.js";

/** The demands the actor may see, newest first, filtered by status, organisation, municipality or words. */
export async function listDemands({ ctx, input }: { ctx: Ctx; input: DemandListQuery }): Promise<DemandPage> {
  requireDemandReader(ctx.actor);
  const parsed = DemandListQuery.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const q = parsed.data;
  const where: SQL[] = [demandScope(ctx.actor)];
  if (q.status) where.push(sql`d.status = ${q.status}`);
  if (q.organisationId) where.push(sql`d.organisation_id = ${q.organisationId}::uuid`);
  if (q.municipalityNis) where.push(sql`${q.municipalityNis} = any(d.municipalities)`);
  if (q.q) where.push(sql`(d.title ilike ${`%${q.q}%`} or o.name ilike ${`%${q.q}%`})`);
  const cond = sql.join(where, sql` and `);
  const [{ n }] = await rows<{ n: number }>(ctx, sql`select count(*)::int as n from ${DEMAND_FROM} where ${cond}`);
  const found = await rows<DemandRecord>(ctx, sql`select ${DEMAND_COLUMNS} from ${DEMAND_FROM} where ${cond}
    order by d.created_at desc, d.id limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
  return { items: found.map((r) => presentDemand(ctx, r)), total: n, page: q.page, pageSize: q.pageSize };
}
