import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { createTestDatabase } from "../../../../test/db.js";
import { auditLog } from "../../db/schema/audit.js";
import { grantRepayments } from "../../db/schema/grants-decisions.js";
import { makeCtx, PUBLIC, type Ctx } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { ensureMunicipalities, GENK } from "../../../../seed/factories/compass.js";
import { actorFor, createUser } from "../../../../seed/factories/identity.js";
import { createOrganisation } from "../../../../seed/factories/organisations.js";
import { OPEN_RULES, applicationUnderReview, createSme } from "../../../../seed/factories/grants-decisions.js";
import { decideApplication, getMoney, listPublicAwards, recordPayment, recordRepayment } from "./index.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let officer: Ctx;
beforeAll(async () => {
  database = await createTestDatabase();
  await ensureMunicipalities(database);
  officer = makeCtx({ actor: actorFor(await createUser(database, { roles: ["grant_officer"] })), db: database.db });
});
afterAll(async () => database.drop());

const at = (iso: string) => ({ now: () => new Date(`${iso}T10:00:00Z`) });
const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e) => (e instanceof AppError ? e.code : Promise.reject(e)));
const audits = async () => Number((await database.db.select({ n: count() }).from(auditLog))[0].n);

describe("repayable advances of the maatwerk fund", () => {
  it("keeps a repayment schedule, records repayments and computes arrears", async () => {
    const company = await createOrganisation(database, { name: "Maatwerkbedrijf De Werkplaats", kind: "maatwerk_company", municipalityNis: GENK, headcount: 120, turnoverEur: 8_000_000, balanceSheetEur: 5_000_000, figuresYear: 2025 });
    const { application } = await applicationUnderReview(database, { call: { fundCode: "maatwerk_fund", rules: { ...OPEN_RULES, deMinimis: false } }, leadId: company.id, amountRequestedCents: 12_000_000 });
    const d = await decideApplication({
      ctx: officer,
      input: {
        id: application.id, outcome: "approved", amountCents: 12_000_000, reasons: "Modernisering van de naaiateliers.", purpose: "Nieuwe machines",
        repaymentPlan: { method: "linear", instalments: 4, firstDueDate: "2027-06-30", monthsBetween: 6, annualRateBasisPoints: 0 },
      },
      deps: at("2026-11-15"),
    });
    expect(d.instrument).toBe("repayable_advance");
    await recordPayment({ ctx: officer, input: { id: application.id, trancheNumber: 1, iban: "BE68539007547034" }, deps: at("2026-11-20") });

    const early = await getMoney({ ctx: officer, input: { id: application.id }, deps: at("2027-07-15") });
    expect(early.advance!.schedule.map((i) => [i.dueDate, i.totalCents])).toEqual([["2027-06-30", 3_000_000], ["2027-12-30", 3_000_000], ["2028-06-30", 3_000_000], ["2028-12-30", 3_000_000]]);
    expect(early.advance!.arrears).toMatchObject({ dueCents: 3_000_000, repaidCents: 0, arrearsCents: 3_000_000, daysOverdue: 15 });

    await recordRepayment({ ctx: officer, input: { id: application.id, amountCents: 3_000_000, note: "eerste aflossing" }, deps: at("2027-07-15") });
    const later = await getMoney({ ctx: officer, input: { id: application.id }, deps: at("2027-07-16") });
    expect(later.advance!.arrears).toMatchObject({ arrearsCents: 0, repaidCents: 3_000_000 });
    expect(later.advance!.repayments).toEqual([{ paidOn: "2027-07-15", amountCents: 3_000_000, note: "eerste aflossing" }]);
  });

  it("refuses bad repayments and repayments of a grant, changing nothing", async () => {
    const firm = await createSme(database);
    const { application } = await applicationUnderReview(database, { call: { rules: OPEN_RULES }, leadId: firm.id });
    await decideApplication({ ctx: officer, input: { id: application.id, outcome: "approved", amountCents: 1_000_000, reasons: "Goed project, goedgekeurd.", purpose: "Test" }, deps: at("2026-11-15") });
    const before = [await audits(), Number((await database.db.select({ n: count() }).from(grantRepayments))[0].n)];
    expect(await codeOf(recordRepayment({ ctx: officer, input: { id: application.id, amountCents: 100 }, deps: at("2026-11-16") }))).toBe("precondition_failed");
    expect(await codeOf(recordRepayment({ ctx: officer, input: { id: application.id, amountCents: -5 }, deps: at("2026-11-16") }))).toBe("validation");
    expect(await codeOf(recordRepayment({ ctx: officer, input: { id: application.id, amountCents: 100, paidOn: "2030-01-01" }, deps: at("2026-11-16") }))).toBe("validation");
    expect(await codeOf(recordPayment({ ctx: officer, input: { id: application.id, trancheNumber: 1, iban: "GR1601101050000010547023795" }, deps: at("2026-11-16") }))).toBe("validation");
    expect(await codeOf(recordPayment({ ctx: makeCtx({ actor: PUBLIC, db: database.db }), input: { id: application.id, trancheNumber: 1, iban: "BE68539007547034" } }))).toBe("unauthenticated");
    expect([await audits(), Number((await database.db.select({ n: count() }).from(grantRepayments))[0].n)]).toEqual(before);
  });
});

describe("the public list of awarded aid", () => {
  it("never names a natural person (a KBO enterprise without legal form)", async () => {
    const soleTrader = await createOrganisation(database, { name: "Jan Janssens", source: "kbo", legalForm: null, municipalityNis: GENK });
    const { application } = await applicationUnderReview(database, { call: { rules: OPEN_RULES }, leadId: soleTrader.id });
    await decideApplication({ ctx: officer, input: { id: application.id, outcome: "approved", amountCents: 500_000, reasons: "Goed project, goedgekeurd.", purpose: "Digitale kassa" }, deps: at("2026-11-15") });
    const page = await listPublicAwards({ ctx: makeCtx({ actor: PUBLIC, db: database.db }), input: { q: "" } });
    const row = page.items.find((i) => i.purpose === "Digitale kassa")!;
    expect(row).toMatchObject({ beneficiary: "—", enterpriseNumber: null, amountCents: 500_000 });
    expect(JSON.stringify(page)).not.toContain("Janssens");
    const search = await listPublicAwards({ ctx: makeCtx({ actor: PUBLIC, db: database.db }), input: { q: "Janssens" } });
    expect(search.total).toBe(0);
  });
});
