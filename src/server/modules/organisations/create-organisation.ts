import { and, eq } from "drizzle-orm";
import { CreateOrganisationInput, type OrganisationProfile } from "../../../contracts/organisations.js";
import { postcodes } from "../../db/schema/geography.js";
import { organisations } from "../../db/schema/organisations.js";
import { writeAudit } from "../../platform/audit.js";
import { requireRole } from "../../platform/authz.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { conflict, validation, zodDetails } from "../../platform/errors.js";
import { parseEnterpriseNumber } from "./enterprise-number.js";
import { getOrganisation, recomputeSmeClass } from "./get-organisation.js";
import { refreshNaceCodes } from "./nace-codes.js";

/**
 * A hand-made registry record (administrator, account manager): a Belgian organisation with or
 * without an enterprise number (checked with the mod-97 rule), or a foreign partner with its
 * country and national id. The municipality follows from the postcode; the SME class from the figures.
 */
export async function createOrganisation({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<OrganisationProfile> {
  requireRole(ctx.actor, "administrator", "account_manager");
  const parsed = CreateOrganisationInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const c = parsed.data;
  let enterpriseNumber: string | null = null;
  if (c.enterpriseNumber) {
    const n = parseEnterpriseNumber(c.enterpriseNumber);
    if (!n.ok) throw validation([{ path: "enterpriseNumber", code: n.problem, message: n.message }]);
    enterpriseNumber = n.digits;
  }
  const foreignId = c.kind === "foreign_partner" ? c.foreignId! : null;

  return withTransaction(ctx, async (tx) => {
    if (enterpriseNumber) {
      const [dup] = await tx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.enterpriseNumber, enterpriseNumber)).limit(1);
      if (dup) throw conflict("An organisation with this enterprise number is already in the registry.", [{ path: "enterpriseNumber", code: "duplicate", message: dup.id }]);
    }
    if (foreignId) {
      const [dup] = await tx.db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.country, c.country), eq(organisations.foreignId, foreignId))).limit(1);
      if (dup) throw conflict("A partner with this country and national id is already in the registry.", [{ path: "foreignId", code: "duplicate", message: dup.id }]);
    }
    let municipalityNis: string | null = null;
    if (c.postcode && c.country === "BE") {
      const [p] = await tx.db.select().from(postcodes).where(eq(postcodes.postcode, c.postcode)).limit(1);
      municipalityNis = p?.municipalityNis ?? null;
    }
    const [row] = await tx.db
      .insert(organisations)
      .values({
        kind: c.kind,
        enterpriseNumber,
        country: c.country,
        foreignId,
        name: c.name,
        website: c.website ?? null,
        description: c.description || null,
        postcode: c.postcode ?? null,
        place: c.place ?? null,
        municipalityNis,
        headcount: c.figures?.headcount ?? null,
        turnoverEur: c.figures?.turnoverEur ?? null,
        balanceSheetEur: c.figures?.balanceSheetEur ?? null,
        figuresYear: c.figures?.year ?? null,
        source: "manual",
      })
      .returning();
    const smeClass = await recomputeSmeClass(tx, row.id);
    await refreshNaceCodes(tx, [row.id]);
    await writeAudit(tx, {
      action: "organisation.create",
      entity: "organisation",
      entityId: row.id,
      after: {
        kind: row.kind, enterpriseNumber, country: row.country, foreignId, name: row.name, website: row.website, description: row.description,
        postcode: row.postcode, place: row.place, municipalityNis, headcount: row.headcount, turnoverEur: row.turnoverEur,
        balanceSheetEur: row.balanceSheetEur, figuresYear: row.figuresYear, smeClass,
      },
    });
    return getOrganisation({ ctx: tx, input: { id: row.id } });
  });
}
