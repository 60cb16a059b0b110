import { randomBytes } from "node:crypto";
import type { Database, Db } from "../../src/server/db/client.js";
import { contacts } from "../../src/server/db/schema/organisations.js";

type ContactRow = typeof contacts.$inferSelect;

export interface ContactSpec {
  organisationId: string;
  /** A fixed id (demo data found again on a second seed); a random one when absent. */
  id?: string;
  name?: string;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
  language?: "nl" | "fr" | "en" | "de";
  /** GDPR art. 6(1) basis; legitimate interest (the agency's relationship with the company) when absent. */
  legalBasis?: "consent" | "contract" | "legal_obligation" | "legitimate_interest" | "public_task";
  /** YYYY-MM-DD; 2025-01-15 when absent. */
  legalBasisDate?: string;
  legalBasisNote?: string | null;
  source?: string | null;
  notes?: string | null;
  createdBy?: string;
}

function dbOf(target: Db | Database): Db {
  return "kind" in target && "db" in target ? (target as Database).db : (target as Db);
}

/** Writes a person at an organisation straight into the registry (no audit row: fixtures are not acts). */
export async function createContact(target: Db | Database, spec: ContactSpec): Promise<ContactRow> {
  const suffix = randomBytes(3).toString("hex");
  const name = spec.name ?? `Contact ${suffix}`;
  const by = spec.createdBy ?? "fixture";
  const [row] = await dbOf(target)
    .insert(contacts)
    .values({
      ...(spec.id ? { id: spec.id } : {}),
      organisationId: spec.organisationId,
      name,
      role: spec.role ?? null,
      email: spec.email === undefined ? `contact-${suffix}@example.org` : spec.email,
      phone: spec.phone ?? null,
      language: spec.language ?? "nl",
      legalBasis: spec.legalBasis ?? "legitimate_interest",
      legalBasisDate: spec.legalBasisDate ?? "2025-01-15",
      legalBasisNote: spec.legalBasisNote ?? null,
      source: spec.source ?? null,
      notes: spec.notes ?? null,
      createdBy: by,
      updatedBy: by,
    })
    .returning();
  return row;
}
