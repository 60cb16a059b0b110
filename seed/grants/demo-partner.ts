import { eq } from "drizzle-orm";
import type { Db } from "../../src/server/db/client.js";
import { organisations } from "../../src/server/db/schema/organisations.js";
import { MUNICIPALITIES, POSTCODES } from "../geography/index.js";
import { createOrganisation } from "../factories/organisations.js";

/** The demo partner company, for which partner@koers.demo acts (seed/demo-users.ts). */
export const DEMO_PARTNER_ORGANISATION_ID = "6a000000-0000-4000-8000-000000000001";
/**
 * Its enterprise number, so that the demo entrepreneur can invite it by number. Fictional: a valid check
 * sum in the 0999 range, which the KBO did not use when this was written (not verified against every
 * extract); the other demo companies carry no number at all.
 */
export const DEMO_PARTNER_ENTERPRISE_NUMBER = "0999000129";

/** Writes the demo partner company once (by id). */
export async function ensureDemoPartner(db: Db): Promise<boolean> {
  const [exists] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, DEMO_PARTNER_ORGANISATION_ID));
  if (exists) return false;
  const nis = "71072"; // Hasselt
  await createOrganisation(db, {
    id: DEMO_PARTNER_ORGANISATION_ID,
    name: "Hasseltse Cobotintegratie",
    enterpriseNumber: DEMO_PARTNER_ENTERPRISE_NUMBER,
    municipalityNis: nis,
    postcode: POSTCODES.find((p) => p.municipalityNis === nis)!.postcode,
    place: MUNICIPALITIES.find((m) => m.nis === nis)!.nameNl,
    street: "Kempische Steenweg",
    houseNumber: "303",
    headcount: 12,
    turnoverEur: 1_900_000,
    balanceSheetEur: 1_100_000,
    figuresYear: 2024,
    nace: [{ version: "2025", code: "28990", classification: "MAIN" }],
    demo: true,
  });
  return true;
}
