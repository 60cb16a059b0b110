import { and, asc, eq, sql } from "drizzle-orm";
import { EnvelopeInput, FundInput, FundUpdate, type EnvelopeView, type FundView } from "../../../contracts/grants-portal.js";
import { grantEnvelopes, grantFunds } from "../../db/schema/grants.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, isUniqueViolation, notFound } from "../../platform/errors.js";
import { parseInput, staleVersion } from "./portal-checks.js";
import { requireFundReader, requireOfficer } from "./portal-policies.js";
import { presentEnvelope, presentFund } from "./portal-presenters.js";

/** Funds with their envelopes per year, for the staff. */
export async function listFunds({ ctx }: { ctx: Ctx }): Promise<FundView[]> {
  requireFundReader(ctx.actor);
  const funds = await ctx.db.select().from(grantFunds).orderBy(asc(grantFunds.position), asc(grantFunds.code));
  const envelopes = await ctx.db.select().from(grantEnvelopes);
  return funds.map((f) => presentFund(f, envelopes));
}

async function fundView(ctx: Ctx, id: string): Promise<FundView> {
  const [f] = await ctx.db.select().from(grantFunds).where(eq(grantFunds.id, id));
  if (!f) throw notFound("fund");
  return presentFund(f, await ctx.db.select().from(grantEnvelopes).where(eq(grantEnvelopes.fundId, id)));
}

/** A new fund (code unique). */
export async function createFund({ ctx, input, demo = false }: { ctx: Ctx; input: FundInput; demo?: boolean }): Promise<FundView> {
  requireOfficer(ctx.actor);
  const v = parseInput(FundInput, input);
  return withTransaction(ctx, async (tx) => {
    let id: string;
    try {
      [{ id }] = await tx.db.insert(grantFunds).values({ ...v, demo }).returning({ id: grantFunds.id });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict(`A fund with code ${v.code} exists already.`, [{ path: "code", code: "duplicate_code", message: "This code is taken." }]);
      throw err;
    }
    await writeAudit(tx, { action: "grant_fund.create", entity: "grant_fund", entityId: id, after: v });
    return fundView(tx, id);
  });
}

/** Changes a fund's names, texts, source or instrument (the code stays). */
export async function updateFund({ ctx, input }: { ctx: Ctx; input: FundUpdate & { id: string } }): Promise<FundView> {
  requireOfficer(ctx.actor);
  const { id, ...rest } = input;
  const v = parseInput(FundUpdate, rest);
  return withTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(grantFunds).where(eq(grantFunds.id, id)).for("update");
    if (!before) throw notFound("fund");
    if (before.version !== v.version) staleVersion("fund");
    const { version, ...changes } = v;
    await tx.db.update(grantFunds).set({ ...changes, version: version + 1, updatedAt: new Date() }).where(eq(grantFunds.id, id));
    await writeAudit(tx, { action: "grant_fund.update", entity: "grant_fund", entityId: id, before, after: changes });
    return fundView(tx, id);
  });
}

/**
 * Sets a fund's envelope for a year (creates it the first time). The amount may not drop below what is
 * already committed from it.
 */
export async function setEnvelope({ ctx, input }: { ctx: Ctx; input: EnvelopeInput & { fundId: string } }): Promise<EnvelopeView> {
  requireOfficer(ctx.actor);
  const { fundId, ...rest } = input;
  const v = parseInput(EnvelopeInput, rest);
  return withTransaction(ctx, async (tx) => {
    const [fund] = await tx.db.select({ id: grantFunds.id }).from(grantFunds).where(eq(grantFunds.id, fundId));
    if (!fund) throw notFound("fund");
    const [before] = await tx.db.select().from(grantEnvelopes).where(and(eq(grantEnvelopes.fundId, fundId), eq(grantEnvelopes.year, v.year))).for("update");
    if (before) {
      if (v.version !== undefined && v.version !== before.version) staleVersion("envelope");
      const available = v.amountCents - before.committedCents + (v.recoveriesReplenish ? before.recoveredCents : 0);
      if (available < 0) {
        throw conflict("The envelope cannot be smaller than what is already committed from it.", [
          { path: "amountCents", code: "below_committed", message: `At least ${before.committedCents} cents are committed.` },
        ]);
      }
      const [row] = await tx.db
        .update(grantEnvelopes)
        .set({ amountCents: v.amountCents, recoveriesReplenish: v.recoveriesReplenish, note: v.note, version: sql`${grantEnvelopes.version} + 1`, updatedAt: new Date() })
        .where(eq(grantEnvelopes.id, before.id))
        .returning();
      await writeAudit(tx, { action: "grant_envelope.update", entity: "grant_envelope", entityId: row.id, before: { amountCents: before.amountCents, note: before.note }, after: { amountCents: v.amountCents, note: v.note } });
      return presentEnvelope(row);
    }
    const [row] = await tx.db.insert(grantEnvelopes).values({ fundId, year: v.year, amountCents: v.amountCents, recoveriesReplenish: v.recoveriesReplenish, note: v.note }).returning();
    await writeAudit(tx, { action: "grant_envelope.create", entity: "grant_envelope", entityId: row.id, after: { fundId, year: v.year, amountCents: v.amountCents, note: v.note } });
    return presentEnvelope(row);
  });
}
