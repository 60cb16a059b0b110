import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "../../test/db.js";
import type { Database } from "../../src/server/db/client.js";
import { makeCtx, systemActor } from "../../src/server/platform/context.js";
import { retailMetrics } from "../../src/server/modules/space/index.js";
import * as f from "../factories/compass.js";
import { createOrganisation } from "../factories/organisations.js";
import { DEMO_ORGANISATIONS } from "../support/demo-organisations.js";
import { seedDemoSpaceDemand } from "./index.js";

const now = () => new Date("2026-11-15T12:00:00Z");
let database: Database & { drop(): Promise<void> };
const count = async (q: string) => Number(((await database.db.execute(sql.raw(q))) as unknown as { rows: { n: number }[] }).rows[0].n);

beforeAll(async () => {
  database = await createTestDatabase();
  await f.ensureMunicipalities(database);
  for (const nis of ["71053", "73111", "72020", "72039", "71067"]) await database.db.execute(sql`insert into municipalities (nis, name_nl, name_fr, arrondissement_nis, lat, lon) values (${nis}, ${nis}, ${nis}, ${`${nis.slice(0, 2)}000`}, 50.9, 5.3) on conflict do nothing`);
  const kempense = DEMO_ORGANISATIONS.find((o) => o.key === "kempense")!;
  await createOrganisation(database, { id: kempense.id, name: kempense.name, municipalityNis: kempense.nis, demo: true });
});
afterAll(async () => database.drop());

describe("demo data of the demand side and the retail cores", () => {
  it("posts demo demands of the demo companies present, and five cores with premises, history and campaigns, all marked demo; a second run adds nothing", async () => {
    const first = await seedDemoSpaceDemand(database, { now, log: () => {} });
    expect(first).toEqual({ demands: 1, cores: 5 });
    expect(await count("select count(*)::int as n from space_demands where demo")).toBe(1);
    expect(await count("select count(*)::int as n from retail_cores where demo")).toBe(5);
    expect(await count("select count(*)::int as n from retail_premises where not demo")).toBe(0);
    expect(await count("select count(*)::int as n from retail_campaign_merchants")).toBeGreaterThan(5);
    expect(await count("select count(*)::int as n from outbox_messages")).toBe(0);
    const second = await seedDemoSpaceDemand(database, { now, log: () => {} });
    expect(second).toEqual({ demands: 0, cores: 0 });
  });

  it("the vacancy metric has figures today and two years ago, per municipality", async () => {
    const [metric] = retailMetrics();
    const ctx = makeCtx({ actor: systemActor("test"), db: database.db });
    const nowRate = await metric.valueAt(ctx, { date: "2026-11-15" });
    expect(nowRate).toBeGreaterThan(0);
    expect(nowRate).toBeLessThan(40);
    expect((await metric.valuesByMunicipality!(ctx, { date: "2026-11-15" })).size).toBe(5);
    expect(await metric.records(ctx, { date: "2026-11-15", municipalityNis: "71016" })).not.toHaveLength(0);
  });
});
