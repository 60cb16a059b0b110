import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFullDump, type GeneratedFull } from "../../../../bench/kbo/generate.js";
import type { Database } from "../../db/client.js";
import { organisations } from "../../db/schema/organisations.js";
import { createTestDatabase } from "../../../../test/db.js";
import { loadLimburgGeography, runImport, systemCtx } from "./kbo/test-helpers.js";
import { updateOrganisation } from "./update-organisation.js";

describe("a hand-edited profile and the KBO import", () => {
  let database: Database & { drop(): Promise<void> };
  let dump: GeneratedFull;
  beforeAll(async () => {
    database = await createTestDatabase();
    await loadLimburgGeography(database);
    dump = await generateFullDump({ dir: mkdtempSync(join(tmpdir(), "kbo-edit-")), enterprises: 60, seed: 17 });
  });
  afterAll(async () => database.drop());

  it("keeps an edited name, the website, description and figures when the import runs again", async () => {
    expect((await runImport(database, dump.path, "belgium")).status).toBe("succeeded");
    const [org] = await database.db.select().from(organisations).where(eq(organisations.source, "kbo")).limit(1);
    const kboName = org.name;
    const edited = await updateOrganisation({
      ctx: systemCtx(database),
      input: { id: org.id, changes: { version: org.version, name: "Naam zoals de klant die gebruikt", website: "https://klant.example", description: "Klant van de AI Space", figures: { headcount: 8, year: 2025 } } },
    });
    expect(edited).toMatchObject({ name: "Naam zoals de klant die gebruikt", overridden: ["name"] });
    expect(kboName).not.toBe(edited.name);

    expect((await runImport(database, dump.path, "belgium")).status).toBe("succeeded");
    const [after] = await database.db.select().from(organisations).where(eq(organisations.id, org.id));
    expect(after).toMatchObject({
      name: "Naam zoals de klant die gebruikt", website: "https://klant.example", description: "Klant van de AI Space", headcount: 8, figuresYear: 2025, overridden: ["name"],
    });
  });
});
