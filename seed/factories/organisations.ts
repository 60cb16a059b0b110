import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database, Db } from "../../src/server/db/client.js";
import { organisationActivities, organisationRelations, organisations } from "../../src/server/db/schema/organisations.js";
import { normaliseEnterpriseNumber, ownSmeClass, withCheckDigits } from "../../src/server/modules/organisations/index.js";

type OrganisationRow = typeof organisations.$inferSelect;

export interface OrganisationSpec {
  /** A fixed id (demo data that other records point at); a random one when absent. */
  id?: string;
  name?: string;
  kind?: "company" | "knowledge_institution" | "municipality" | "public_body" | "maatwerk_company" | "foreign_partner";
  /** Any written form; a fresh valid number when absent (null for none, e.g. foreign partners). */
  enterpriseNumber?: string | null;
  altNames?: string[];
  legalForm?: string | null;
  legalFormLabel?: string | null;
  startDate?: string | null;
  street?: string | null;
  houseNumber?: string | null;
  postcode?: string | null;
  place?: string | null;
  municipalityNis?: string | null;
  establishmentNis?: string[];
  country?: string;
  foreignId?: string | null;
  headcount?: number | null;
  turnoverEur?: number | null;
  balanceSheetEur?: number | null;
  figuresYear?: number | null;
  source?: "manual" | "kbo";
  kboActive?: boolean;
  overridden?: string[];
  demo?: boolean;
  /** Hand-made NACE activities. */
  nace?: { version?: "2008" | "2025"; code: string; classification?: "MAIN" | "SECO" | "ANCI" }[];
}

function dbOf(target: Db | Database): Db {
  return "kind" in target && "db" in target ? (target as Database).db : (target as Db);
}

/** A fresh, valid enterprise number that no other fixture uses (0 + 7 random digits + check digits). */
export function freshEnterpriseNumber(): string {
  const n = 5_000_000 + (randomBytes(4).readUInt32BE(0) % 4_900_000);
  return withCheckDigits(String(n).padStart(8, "0"));
}

/** Writes an organisation straight into the registry (no audit row: fixtures are not acts). */
export async function createOrganisation(target: Db | Database, spec: OrganisationSpec = {}): Promise<OrganisationRow> {
  const db = dbOf(target);
  const enterpriseNumber =
    spec.enterpriseNumber === null ? null : spec.enterpriseNumber ? normaliseEnterpriseNumber(spec.enterpriseNumber) : freshEnterpriseNumber();
  if (spec.enterpriseNumber && !enterpriseNumber) throw new Error(`Invalid enterprise number in a fixture: ${spec.enterpriseNumber}`);
  const figures = { headcount: spec.headcount ?? null, turnoverEur: spec.turnoverEur ?? null, balanceSheetEur: spec.balanceSheetEur ?? null, year: spec.figuresYear ?? null };
  const [row] = await db
    .insert(organisations)
    .values({
      ...(spec.id ? { id: spec.id } : {}),
      kind: spec.kind ?? "company",
      enterpriseNumber,
      country: spec.country ?? "BE",
      foreignId: spec.foreignId ?? null,
      name: spec.name ?? `Organisatie ${randomBytes(3).toString("hex")}`,
      altNames: (spec.altNames ?? []).join(" | "),
      legalForm: spec.legalForm ?? null,
      legalFormLabel: spec.legalFormLabel ?? null,
      startDate: spec.startDate ?? null,
      street: spec.street ?? null,
      houseNumber: spec.houseNumber ?? null,
      postcode: spec.postcode ?? null,
      place: spec.place ?? null,
      municipalityNis: spec.municipalityNis ?? null,
      establishmentNis: spec.establishmentNis ?? [],
      headcount: figures.headcount,
      turnoverEur: figures.turnoverEur,
      balanceSheetEur: figures.balanceSheetEur,
      figuresYear: figures.year,
      smeClass: ownSmeClass(figures),
      source: spec.source ?? "manual",
      kboActive: spec.kboActive ?? false,
      overridden: spec.overridden ?? [],
      demo: spec.demo ?? false,
    })
    .returning();
  if (spec.nace?.length) {
    await db.insert(organisationActivities).values(
      spec.nace.map((n) => ({ organisationId: row.id, naceVersion: n.version ?? "2025", naceCode: n.code, classification: n.classification ?? "MAIN" })),
    );
    // The NACE filter's codes (every prefix of every code), as the registry's verbs keep them.
    const codes = [...new Set(spec.nace.flatMap((n) => [...n.code.replace(/\./g, "")].map((_, i, d) => d.slice(0, i + 1).join(""))))].sort();
    const [withCodes] = await db.update(organisations).set({ naceCodes: codes }).where(eq(organisations.id, row.id)).returning();
    return withCodes;
  }
  return row;
}

/** A shareholding for the SME test: `related` holds sharePct of `organisation` (upstream) or the reverse. */
export async function relateOrganisations(
  target: Db | Database,
  spec: { organisationId: string; relatedId: string; relation: "partner" | "linked"; sharePct: number; upstream?: boolean; exemptInvestor?: boolean },
): Promise<void> {
  await dbOf(target).insert(organisationRelations).values({
    organisationId: spec.organisationId,
    relatedId: spec.relatedId,
    relation: spec.relation,
    sharePct: spec.sharePct,
    upstream: spec.upstream ?? true,
    exemptInvestor: spec.exemptInvestor ?? false,
  });
}
