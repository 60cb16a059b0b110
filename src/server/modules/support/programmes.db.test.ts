import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestDatabase } from "../../../../test/db.js";
import { PROGRAMME_CODES } from "../../../contracts/support.js";
import type { Database } from "../../db/client.js";
import { auditLog } from "../../db/schema/audit.js";
import { makeCtx, systemActor } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { actorFor, createUser } from "../../../../seed/factories/identity.js";
import { createProgramme, ensureProgrammes } from "../../../../seed/factories/support.js";
import { PROGRAMMES } from "../../../../seed/support/programmes.js";
import { getProgramme, listProgrammes, upsertProgramme } from "./index.js";

let database: Database & { drop(): Promise<void> };
const sys = () => makeCtx({ actor: systemActor("test"), db: database.db });
const audits = async (action: string) => Number((await database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action)))[0].n);
async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return `${e.code}${e.details ? `:${e.details.map((d) => d.code).join(",")}` : ""}`;
    throw e;
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

describe("programmes as data", () => {
  it("seeds the statement's seven programmes once, audited; a second run changes nothing", async () => {
    await ensureProgrammes(database);
    expect(await audits("programme.create")).toBe(7);
    await ensureProgrammes(database);
    expect(await audits("programme.create")).toBe(7);
    expect(await audits("programme.update")).toBe(0);
    const all = await listProgrammes({ ctx: sys() });
    expect(all.map((p) => p.code)).toEqual([...PROGRAMME_CODES]);
    const ai = await getProgramme({ ctx: sys(), input: { code: "ai_space" } });
    expect(ai).toMatchObject({ nameNl: "AI Space op Corda Campus (met LARA)", section: "4.5", successStageCode: "ai_in_use" });
    expect(ai.stages.map((s) => s.code)).toEqual(["intake", "discovery", "proof_of_concept", "implementation", "ai_in_use"]);
    expect(ai.outcomeFields).toEqual(["ai_in_use", "processes_automated", "jobs_created", "high_skilled_jobs", "investment_eur"]);
    expect(ai.source).toContain("§4.5: “Samen met LRM, UHasselt en POM Limburg");
    for (const p of all) {
      expect(p.stages.filter((s) => s.success), p.code).toHaveLength(1);
      expect(p.source, p.code).toContain(`§${p.section}: “`);
      expect(p.outcomeFields.length, p.code).toBeGreaterThan(0);
    }
  });

  it("brings a programme in line with changed data; a stage no longer listed is retired, not deleted", async () => {
    const fdi = PROGRAMMES.find((p) => p.code === "foreign_investment")!;
    const changed = { ...fdi, nameEn: "Foreign direct investment with FIT and VLAIO", stages: fdi.stages.filter((s) => s.code !== "site_visit") };
    const r = await upsertProgramme({ ctx: sys(), input: changed });
    expect(r.outcome).toBe("updated");
    expect(r.programme.stages.map((s) => s.code)).toEqual(["lead", "qualification", "offer", "investment_decision", "established", "site_visit"]);
    expect(r.programme.stages.at(-1)!.position).toBeGreaterThanOrEqual(1000);
    expect(await audits("programme.update")).toBe(1);
    expect((await upsertProgramme({ ctx: sys(), input: changed })).outcome).toBe("unchanged");
    expect((await upsertProgramme({ ctx: sys(), input: fdi })).programme.stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("refuses a programme without exactly one success stage or with doubled stage codes", async () => {
    const base = { code: "test_prog", nameNl: "T", nameEn: "T", section: "1.2", outcomeFields: ["jobs_created" as const] };
    const stage = (c: string, success = false) => ({ code: c, nameNl: c, nameEn: c, success });
    expect(await code(upsertProgramme({ ctx: sys(), input: { ...base, stages: [stage("a"), stage("b")] } }))).toBe("validation:one_success_stage");
    expect(await code(upsertProgramme({ ctx: sys(), input: { ...base, stages: [stage("a", true), stage("b", true)] } }))).toBe("validation:one_success_stage");
    expect(await code(upsertProgramme({ ctx: sys(), input: { ...base, stages: [stage("a"), stage("a", true)] } }))).toBe("validation:duplicate_stage");
    expect(await code(upsertProgramme({ ctx: sys(), input: { ...base, stages: [stage("a"), stage("b", true)], outcomeFields: ["smiles" as never] } }))).toMatch(/^validation/);
    expect((await createProgramme(database, { code: "test_prog" })).successStageCode).toBe("c");
  });

  it("is written by administrators and the system only", async () => {
    const am = actorFor(await createUser(database, { roles: ["account_manager"] }));
    const admin = actorFor(await createUser(database, { roles: ["administrator"] }));
    const input = PROGRAMMES[0];
    expect(await code(upsertProgramme({ ctx: makeCtx({ actor: am, db: database.db }), input }))).toBe("forbidden");
    expect(await code(upsertProgramme({ ctx: makeCtx({ actor: admin, db: database.db }), input }))).toBe("ok");
    expect(await code(upsertProgramme({ ctx: makeCtx({ actor: { kind: "public", label: "public" }, db: database.db }), input }))).toBe("unauthenticated");
  });
});
