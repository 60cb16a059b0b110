import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import type { Database } from "../../src/server/db/client.js";
import { createOrganisation } from "../factories/organisations.js";
import { createApplication, createCall, ensureGrantFunds } from "../factories/grants.js";

let database: Database & { drop(): Promise<void> };
beforeAll(async () => {
  database = await createTestDatabase();
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
});
