import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import type { Database } from "../../src/server/db/client.js";
import { createOrganisation } from "../factories/organisations.js";
import { ensureMunicipalities } from "../factories/compass.js";
import { createApplication, createCall, ensureGrantFunds } from "../factories/grants.js";
import { makeCtx, systemActor } from "../../src/server/platform/context.js";
import { listCalls } from "../../src/server/modules/grants/index.js";
import { DEMO_PARTNER_ORGANISATION_ID, seedDemoGrants, seedGrantFunds } from "./index.js";
import { eq } from "drizzle-orm";
import { organisations } from "../../src/server/db/schema/organisations.js";

let database: Database & { drop(): Promise<void> };
beforeAll(async () => {
  database = await createTestDatabase();
  await ensureMunicipalities(database);
});
afterAll(async () => database.drop());

describe("grants factory", () => {
  it("writes the statement's five funds once", async () => {
    const first = await ensureGrantFunds(database);
    const again = await ensureGrantFunds(database);
    expect(Object.keys(first).sort()).toEqual(["development_acceleration_fund", "euregio_small_project_fund", "health_innovation_fund", "innovation_premium", "maatwerk_fund"]);
    expect(again.innovation_premium.id).toBe(first.innovation_premium.id);
    expect(first.maatwerk_fund.repayableAdvanceAllowed).toBe(true);
  });

  it("makes an open call and a consortium application with numbered references", async () => {
    const { call, envelope } = await createCall(database, { fundCode: "innovation_premium", code: "IP-TEST-1" });
    expect(envelope.amountCents).toBe(100_000_000);
    expect(call.rules.consortium?.minIndependentCompanies).toBe(2);
    const lead = await createOrganisation(database);
    const partner = await createOrganisation(database);
    const a = await createApplication(database, { callId: call.id, organisationId: lead.id, status: "submitted", partners: [{ organisationId: partner.id }], declarations: [{ organisationId: partner.id, amountCents: 1_000_000, aidDate: "2025-02-01" }] });
    const b = await createApplication(database, { callId: call.id, organisationId: partner.id });
    expect(a.application.reference).toBe("IP-TEST-1-0001");
    expect(b.application.reference).toBe("IP-TEST-1-0002");
    expect(a.partners.map((p) => [p.role, p.status])).toEqual([["lead", "confirmed"], ["partner", "confirmed"]]);
    expect(a.application.submittedAt).not.toBeNull();
    expect(a.declarations[0].amountCents).toBe(1_000_000);
  });

  it("the demo seed publishes one open call per fund, once", async () => {
    const ctx = makeCtx({ actor: systemActor("seed"), db: database.db });
    const now = () => new Date("2026-12-01T10:00:00Z");
    await seedGrantFunds(ctx);
    expect(await seedDemoGrants(ctx, { now, log: () => {} })).toBe(5);
    expect(await seedDemoGrants(ctx, { now, log: () => {} })).toBe(0);
    const open = await listCalls({ ctx: makeCtx({ actor: { kind: "public", label: "public" }, db: database.db }), input: { state: "open" }, deps: { now } });
    expect(open.map((c) => c.code).filter((c) => c.endsWith("-2026-1")).sort()).toEqual(["HI-2026-1", "IP-2026-1", "MW-2026-1", "OA-2026-1", "SPF-2026-1"]);
    const ip = open.find((c) => c.code === "IP-2026-1")!;
    expect(ip).toMatchObject({ opensAtLocal: "2026-11-01T09:00", closesAtLocal: "2027-01-30T17:00", consortium: true, maxAmountCents: 5_000_000 });
    const [partner] = await database.db.select().from(organisations).where(eq(organisations.id, DEMO_PARTNER_ORGANISATION_ID));
    expect(partner).toMatchObject({ enterpriseNumber: "0999000129", smeClass: "small", demo: true });
  });
});
