import { and, eq, inArray, sql } from "drizzle-orm";
import { grantApplicationPartners, grantApplications, grantCalls, grantEnvelopes, grantFunds } from "../../db/schema/grants.js";
import { grantDecisions } from "../../db/schema/grants-decisions.js";
import { organisations } from "../../db/schema/organisations.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import type { ApplicationStatus } from "../../../contracts/grants.js";

export type ApplicationRow = typeof grantApplications.$inferSelect;
export type CallRow = typeof grantCalls.$inferSelect;
export type FundRow = typeof grantFunds.$inferSelect;
export type EnvelopeRow = typeof grantEnvelopes.$inferSelect;
export type DecisionRow = typeof grantDecisions.$inferSelect;
export type OrganisationRow = typeof organisations.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

import { rows } from "../../platform/sql.js";

/** Raw rows of a SQL query (the platform's helper, re-exported for this module's files). */
export { rows };

/** The application, optionally locked FOR UPDATE (serialises verbs on one application). */
export async function loadApplication(ctx: Ctx, id: string, opts: { lock?: boolean } = {}): Promise<ApplicationRow> {
  if (!UUID.test(id)) throw notFound("application");
  const q = ctx.db.select().from(grantApplications).where(eq(grantApplications.id, id));
  const [row] = opts.lock ? await q.for("update") : await q;
  if (!row) throw notFound("application");
  return row;
}

export async function loadCall(ctx: Ctx, callId: string): Promise<{ call: CallRow; fund: FundRow }> {
  const [row] = await ctx.db
    .select({ call: grantCalls, fund: grantFunds })
    .from(grantCalls)
    .innerJoin(grantFunds, eq(grantFunds.id, grantCalls.fundId))
    .where(eq(grantCalls.id, callId));
  if (!row) throw notFound("call");
  return row;
}

export interface Participant {
  organisationId: string;
  role: "lead" | "partner";
  status: string;
  org: OrganisationRow;
}

/** Lead and partners of an application (every status), lead first. */
export async function participantsOf(ctx: Ctx, applicationId: string): Promise<Participant[]> {
  const found = await ctx.db
    .select({ p: grantApplicationPartners, org: organisations })
    .from(grantApplicationPartners)
    .innerJoin(organisations, eq(organisations.id, grantApplicationPartners.organisationId))
    .where(eq(grantApplicationPartners.applicationId, applicationId));
  return found
    .map(({ p, org }) => ({ organisationId: p.organisationId, role: p.role as "lead" | "partner", status: p.status, org }))
    .sort((a, b) => (a.role === b.role ? a.org.name.localeCompare(b.org.name) : a.role === "lead" ? -1 : 1));
}

/** Confirmed participants only: the companies the eligibility rules, awards and metrics count. */
export async function confirmedParticipants(ctx: Ctx, applicationId: string): Promise<Participant[]> {
  return (await participantsOf(ctx, applicationId)).filter((p) => p.status === "confirmed");
}

export async function decisionOf(ctx: Ctx, applicationId: string): Promise<DecisionRow | null> {
  const [row] = await ctx.db.select().from(grantDecisions).where(eq(grantDecisions.applicationId, applicationId));
  return row ?? null;
}

export async function setStatus(ctx: Ctx, app: ApplicationRow, status: ApplicationStatus): Promise<void> {
  await ctx.db
    .update(grantApplications)
    .set({ status, version: app.version + 1, updatedAt: new Date() })
    .where(and(eq(grantApplications.id, app.id), eq(grantApplications.version, app.version)));
  app.status = status;
  app.version += 1;
}

export async function envelopeOf(ctx: Ctx, envelopeId: string): Promise<EnvelopeRow> {
  const [row] = await ctx.db.select().from(grantEnvelopes).where(eq(grantEnvelopes.id, envelopeId));
  if (!row) throw notFound("envelope");
  return row;
}

/** The Limburg municipalities (NIS codes) the registry knows. */
export async function limburgNis(ctx: Ctx): Promise<Set<string>> {
  const found = await rows<{ nis: string }>(ctx, sql`select nis from municipalities`);
  return new Set(found.map((r) => r.nis));
}

export async function organisationsByIds(ctx: Ctx, ids: string[]): Promise<Map<string, OrganisationRow>> {
  if (ids.length === 0) return new Map();
  const found = await ctx.db.select().from(organisations).where(inArray(organisations.id, ids));
  return new Map(found.map((o) => [o.id, o]));
}

export const iso = (d: Date | string | null | undefined): string | null => (d == null ? null : d instanceof Date ? d.toISOString() : String(d));
export const dateOnly = (d: unknown): string => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));
