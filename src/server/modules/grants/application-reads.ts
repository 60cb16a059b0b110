import { sql, type SQL } from "drizzle-orm";
import type { ApplicationStatus } from "../../../contracts/grants.js";
import { ApplicationListQuery, type ApplicationDetail, type ApplicationPage } from "../../../contracts/grants-portal.js";
import type { Ctx } from "../../platform/context.js";
import { buildApplicationDetail, loadApplication } from "./application-access.js";
import { parseInput } from "./portal-checks.js";
import { isOfficer, myOrganisations, requireApplicationRole, resolveGrantsDeps, type GrantsDeps } from "./portal-policies.js";

/** One application as the reader may see it (full, or the partner view); not_found otherwise. */
export async function getApplication({ ctx, input, deps }: { ctx: Ctx; input: { id: string }; deps?: Partial<GrantsDeps> }): Promise<ApplicationDetail> {
  const access = await loadApplication(ctx, input.id);
  return buildApplicationDetail(ctx, access, resolveGrantsDeps(deps).now());
}

interface Row {
  id: string;
  reference: string;
  callId: string;
  callCode: string;
  callNameNl: string;
  callNameEn: string;
  organisationId: string;
  organisationName: string;
  title: string;
  status: string;
  amountRequestedCents: string | number | null;
  submittedAt: string | null;
  updatedAt: string;
  openRequests: number | string;
  full: boolean;
  total: number | string;
}

/**
 * Applications the reader may see, newest first: officers all (filter by call, status, organisation, text);
 * an entrepreneur those in which one of their organisations is the lead (full) or a partner (partner view).
 */
export async function listApplications({ ctx, input }: { ctx: Ctx; input?: ApplicationListQuery }): Promise<ApplicationPage> {
  requireApplicationRole(ctx.actor);
  const q = parseInput(ApplicationListQuery, input ?? {});
  const officer = isOfficer(ctx.actor);
  const mine = myOrganisations(ctx.actor);
  const mineSql = mine.length ? sql`array[${sql.join(mine.map((id) => sql`${id}::uuid`), sql`, `)}]` : sql`array[]::uuid[]`;
  const conditions: SQL[] = [];
  if (!officer) conditions.push(sql`(a.organisation_id = any(${mineSql}) or exists (select 1 from grant_application_partners p where p.application_id = a.id and p.organisation_id = any(${mineSql})))`);
  if (q.callId) conditions.push(sql`a.call_id = ${q.callId}::uuid`);
  if (q.status) conditions.push(sql`a.status = ${q.status}`);
  if (q.organisationId) conditions.push(sql`(a.organisation_id = ${q.organisationId}::uuid or exists (select 1 from grant_application_partners p where p.application_id = a.id and p.organisation_id = ${q.organisationId}::uuid))`);
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(a.title ilike ${like} or a.reference ilike ${like} or o.name ilike ${like})`);
  }
  const where = conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
  const result = (await ctx.db.execute(sql`
    select a.id, a.reference, a.call_id as "callId", c.code as "callCode", c.name_nl as "callNameNl", c.name_en as "callNameEn",
      a.organisation_id as "organisationId", o.name as "organisationName", a.title, a.status,
      a.amount_requested_cents as "amountRequestedCents", a.submitted_at as "submittedAt", a.updated_at as "updatedAt",
      (select count(*) from grant_information_requests r where r.application_id = a.id and r.answer is null) as "openRequests",
      (${officer ? sql`true` : sql`a.organisation_id = any(${mineSql})`}) as full,
      count(*) over () as total
    from grant_applications a
    join grant_calls c on c.id = a.call_id
    join organisations o on o.id = a.organisation_id
    where ${where}
    order by a.updated_at desc, a.reference
    limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`)) as unknown as { rows: Row[] };
  const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());
  const items = result.rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    callId: r.callId,
    callCode: r.callCode,
    callNameNl: r.callNameNl,
    callNameEn: r.callNameEn,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    title: r.title,
    status: r.status as ApplicationStatus,
    view: r.full ? ("full" as const) : ("partner" as const),
    amountRequestedCents: r.full && r.amountRequestedCents !== null ? Number(r.amountRequestedCents) : null,
    submittedAt: iso(r.submittedAt),
    updatedAt: iso(r.updatedAt)!,
    openRequests: r.full ? Number(r.openRequests) : 0,
  }));
  return { items, total: Number(result.rows[0]?.total ?? 0), page: q.page, pageSize: q.pageSize };
}
