import { eq } from "drizzle-orm";
import { grantCalls, grantEnvelopes, grantFunds } from "../../src/server/db/schema/grants.js";
import { withTransaction, type Ctx } from "../../src/server/platform/context.js";
import { createCall, createFund, publishCall, setEnvelope } from "../../src/server/modules/grants/index.js";
import { DEMO_CALLS, DEMO_ENVELOPES } from "./calls.js";
import { GRANT_FUNDS } from "./funds.js";
import { ensureDemoPartner } from "./demo-partner.js";
import { seedDemoApplications } from "./demo-applications.js";

export { GRANT_FUNDS } from "./funds.js";
export { DEMO_CALLS, DEMO_ENVELOPES } from "./calls.js";
export { DEMO_PARTNER_ENTERPRISE_NUMBER, DEMO_PARTNER_ORGANISATION_ID } from "./demo-partner.js";
export { DEMO_APPLICATIONS, seedDemoApplications } from "./demo-applications.js";

/** The statement's five funds (reference data, idempotent by code: existing funds are left as they are). */
export async function seedGrantFunds(ctx: Ctx): Promise<number> {
  let created = 0;
  for (const fund of GRANT_FUNDS) {
    const [existing] = await ctx.db.select({ id: grantFunds.id }).from(grantFunds).where(eq(grantFunds.code, fund.code));
    if (existing) continue;
    await createFund({ ctx, input: fund });
    created++;
  }
  return created;
}

const brusselsDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" });
const DAY = 86_400_000;

/**
 * Demo: each fund's envelope for the current year and one published call per fund, open from 30 days ago
 * (09:00 Brussels time) until 60 days from now (17:00). Calls that exist (by code) are left alone. Also the
 * demo partner company (with an enterprise number, so that it can be invited) for partner@koers.demo.
 */
export async function seedDemoGrants(ctx: Ctx, opts: { now: () => Date; log: (msg: string) => void }): Promise<number> {
  if (await ensureDemoPartner(ctx.db)) opts.log("Seed: demo partner company Hasseltse Cobotintegratie created.");
  const now = opts.now();
  const year = Number(brusselsDate.format(now).slice(0, 4));
  const opensAtLocal = `${brusselsDate.format(new Date(now.getTime() - 30 * DAY))}T09:00`;
  const closesAtLocal = `${brusselsDate.format(new Date(now.getTime() + 60 * DAY))}T17:00`;
  const deps = { now: opts.now };
  let created = 0;
  for (const demo of DEMO_CALLS) {
    const code = `${demo.codePrefix}-${year}-1`;
    const [exists] = await ctx.db.select({ id: grantCalls.id }).from(grantCalls).where(eq(grantCalls.code, code));
    if (exists) continue;
    await withTransaction(ctx, async (tx) => {
      const [fund] = await tx.db.select().from(grantFunds).where(eq(grantFunds.code, demo.fundCode));
      const envelopes = await tx.db.select().from(grantEnvelopes).where(eq(grantEnvelopes.fundId, fund.id));
      if (!envelopes.some((e) => e.year === year)) await setEnvelope({ ctx: tx, input: { fundId: fund.id, year, ...DEMO_ENVELOPES[demo.fundCode] } });
      const { codePrefix: _prefix, ...input } = demo;
      void _prefix;
      const call = await createCall({ ctx: tx, input: { ...input, code, year, opensAtLocal, closesAtLocal }, deps, demo: true });
      await publishCall({ ctx: tx, input: { id: call.id, version: call.version }, deps });
    });
    created++;
  }
  opts.log(`Seed: demo calls: ${created} created and published, ${DEMO_CALLS.length - created} already present.`);
  return created;
}
